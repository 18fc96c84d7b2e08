-- The lines that may state an article's date, author or outlet: everything above the
-- body except the headline (crawler date lines, bylines, date lines, standfirsts), the
-- first three body paragraphs and the last one (agency credits such as "(APP)").
with

zoned as not materialized (

    select * from {{ ref('int_document_lines_zoned') }}
    where {{ only_new_documents() }}

),

body_positions as (

    select
        document_id,
        line_number,
        row_number() over (partition by document_id order by line_number) as position_from_start,
        row_number() over (partition by document_id order by line_number desc) as position_from_end
    from zoned
    where zone = 'body'

),

selected as (

    select
        zoned.document_id,
        zoned.line_number,
        zoned.line_text,
        case when zoned.zone = 'body' then 'body' else 'header' end as line_role,
        zoned.loaded_at
    from zoned
    left join body_positions
        on
            zoned.document_id = body_positions.document_id
            and zoned.line_number = body_positions.line_number
    where
        (zoned.zone in ('header', 'boilerplate') and zoned.line_number < zoned.body_start_line_number)
        or body_positions.position_from_start <= 3
        or body_positions.position_from_end = 1

)

select * from selected
