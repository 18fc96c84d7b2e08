-- depends_on: {{ ref('gazetteer_office_titles') }}
-- depends_on: {{ ref('person_titles') }}
-- One row per document with a byline: "By Name", "Name Published <date>", "Written by
-- Name" above the body; else a line of just a name between the headline and the body
-- ("Ahmed Raza Qureshi", "Our Correspondent"; a title such as "Prime Minister Kakar"
-- is a caption, not a byline); else a wire tail "(Reporting by Name; Editing by …)".
{%- set title_words -%}
    select distinct unnest(string_split(lower(title), ' '))
    from {{ title_phrases() }} as titles
    where title not in ('dr', 'prof', 'mr', 'mrs', 'ms', 'professor')
{%- endset %}
with

zoned as (

    select * from {{ ref('int_document_lines_zoned') }}
    where {{ only_new_documents() }}

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
        ) as author,
        loaded_at
    from zoned
    where
        line_number < coalesce(body_start_line_number, 0)
        and zone <> 'headline'

),

name_lines as (

    select
        zoned.document_id,
        zoned.line_number,
        zoned.line_text as author,
        zoned.loaded_at
    from zoned
    inner join zoned as headline
        on
            zoned.document_id = headline.document_id
            and headline.zone = 'headline'
            and zoned.line_number > headline.line_number
    where
        zoned.zone = 'header'
        and zoned.line_number < zoned.body_start_line_number
        and regexp_full_match(zoned.line_text, '(?:(?:Dr|Prof)\.? )?[A-Z][\w.''’-]*(?: [A-Z][\w.''’-]*){1,3}')
        and not list_has_any(
            regexp_extract_all(lower(zoned.line_text), '[\pL]+'), {{ list_from_seeds(title_words) }}
        )

),

wire_tails as (

    select
        document_id,
        line_number,
        nullif(regexp_extract(
            line_text,
            '^\(?(?:Reporting|Writing|Reported) by ([A-Z][\w.''’-]*(?: [A-Z][\w.''’-]*){1,3})',
            1
        ), '') as author,
        loaded_at
    from zoned
    where line_number > coalesce(body_start_line_number, 2147483647)

),

candidates as (

    select
        document_id,
        1 as source_rank,
        line_number,
        author,
        loaded_at
    from bylines
    union all
    select
        document_id,
        2 as source_rank,
        line_number,
        author,
        loaded_at
    from name_lines
    union all
    select
        document_id,
        3 as source_rank,
        line_number,
        author,
        loaded_at
    from wire_tails

),

chosen as (

    select
        document_id,
        arg_min(author, [source_rank, line_number]) as author,
        any_value(loaded_at) as loaded_at
    from candidates
    where author is not null
    group by document_id

)

select * from chosen
