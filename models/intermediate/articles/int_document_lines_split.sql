-- One row per non-blank line of each document, numbered from 0 in reading order. The
-- crawler's date line (" date 2024-09-04") often runs on into the page's first words on
-- the same line (a dateline and the lede, or a menu): it is split off into a line of its
-- own, so the date stays a date line and the rest is classified like any line.
with

documents as (

    select
        document_id,
        document_text,
        loaded_at
    from {{ ref('stg_loader__documents') }}
    where {{ only_new_documents() }}

),

-- blank lines are dropped inside the list, so the line numbers are the list positions
-- (no window over all lines)
split_into_lines as (

    select
        document_id,
        {{ document_lines('document_text') }} as lines,
        loaded_at
    from documents

),

numbered as (

    select
        document_id,
        (generate_subscripts(lines, 1) - 1)::integer as line_number,
        unnest(lines) as line_text,
        loaded_at
    from split_into_lines

)

select * from numbered
