-- One row per non-blank line of each document, numbered from 0 in reading order.
with

documents as (

    select
        document_id,
        document_text,
        loaded_at
    from {{ ref('stg_loader__documents') }}
    where {{ only_new_documents() }}

),

split_into_lines as (

    select
        document_id,
        string_split(document_text, chr(10)) as lines,
        loaded_at
    from documents

),

numbered as (

    select
        document_id,
        generate_subscripts(lines, 1) as raw_line_number,
        trim(unnest(lines)) as line_text,
        loaded_at
    from split_into_lines

),

non_blank as (

    select
        document_id,
        raw_line_number,
        line_text,
        loaded_at
    from numbered
    where line_text <> ''

),

renumbered as (

    select
        document_id,
        (row_number() over (partition by document_id order by raw_line_number) - 1)::integer as line_number,
        line_text,
        loaded_at
    from non_blank

)

select * from renumbered
