-- The lines that may state an article's date, author or outlet: everything above the
-- body except the headline (crawler date lines, bylines, date lines, standfirsts), the
-- first three body paragraphs and the last one (agency credits such as "(APP)").
with

zoned as not materialized (

    select * from {{ ref('int_document_lines_zoned') }}
    where {{ only_new_documents() }}

),

-- where each page's first three body paragraphs end and its last one is: integers per page
-- (a join of every body line to its positions ran out of memory at a million articles)
body_bounds as (

    select
        document_id,
        coalesce(list_sort(list(line_number))[3], max(line_number)) as third_body_line_number,
        max(line_number) as last_body_line_number
    from zoned
    where zone = 'body'
    group by document_id

),

selected as (

    select
        zoned.document_id,
        zoned.line_number,
        zoned.line_text,
        case when zoned.zone = 'body' then 'body' else 'header' end as line_role,
        zoned.loaded_at
    from zoned
    left join body_bounds on zoned.document_id = body_bounds.document_id
    where
        (zoned.zone in ('header', 'boilerplate') and zoned.line_number < zoned.body_start_line_number)
        or (
            zoned.zone = 'body'
            and (
                zoned.line_number <= body_bounds.third_body_line_number
                or zoned.line_number = body_bounds.last_body_line_number
            )
        )

)

select * from selected
