-- One row per document with a byline: "By Name", "Name Published <date>", "Written by
-- Name" above the body, or a wire tail "(Reporting by Name; Editing by …)" below it.
with

zoned as (

    select * from {{ ref('int_document_lines_zoned') }}

),

bylines as (

    select
        document_id,
        line_number,
        coalesce(
            nullif(regexp_extract(
                line_text,
                '^(?:By|Written by|Reported by|Story by)[:\s]+([A-Z][\w.''’-]*(?: (?:[A-Z][\w.''’-]*|ul|al|bin|de|van))'
                || '{0,4})',
                1
            ), ''),
            nullif(regexp_extract(
                line_text,
                '^([A-Z][\w.''’-]*(?: [A-Z][\w.''’-]*){1,3})\s*[|,–-]?\s*(?:Published|Posted|Updated)\b',
                1
            ), '')
        ) as author
    from zoned
    where
        line_number < coalesce(body_start_line_number, 0)
        and zone <> 'headline'

),

wire_tails as (

    select
        document_id,
        line_number,
        nullif(regexp_extract(
            line_text,
            '^\(?(?:Reporting|Writing|Reported) by ([A-Z][\w.''’-]*(?: [A-Z][\w.''’-]*){1,3})',
            1
        ), '') as author
    from zoned
    where line_number > coalesce(body_start_line_number, 2147483647)

),

candidates as (

    select
        document_id,
        1 as source_rank,
        line_number,
        author
    from bylines
    union all
    select
        document_id,
        2 as source_rank,
        line_number,
        author
    from wire_tails

),

chosen as (

    select
        document_id,
        arg_min(author, [source_rank, line_number]) as author
    from candidates
    where author is not null
    group by document_id

)

select * from chosen
