-- depends_on: {{ ref('date_formats') }}
-- depends_on: {{ ref('month_names') }}
-- depends_on: {{ ref('publication_date_lines') }}
-- One row per document with a publication date: from the loader's `published` hint,
-- else the crawler's date line, else a dateline that states the year ("October 6, 2022
-- (NAIROBI) –", "OTTAWA, April 1, 2025 /CNW/": the article's own date, where a date
-- printed above it may be the site's current-date widget), else the first date stated
-- above the body (byline, date line), else the dateline's credit ("(UrduPoint - 23rd
-- Nov, 2023)"), else a publication line just below the body ("Published: 14.10.2022
-- 19:40", a post's "9:05 AM · Jun 12, 2024"; patterns in the publication_date_lines
-- seed). Formats come from the date_formats seed. A date inside the body is some other
-- event's date and is never used. A date after the load is impossible and ignored.
with

documents as (

    select
        document_id,
        published_hint,
        loaded_at
    from {{ ref('stg_loader__documents') }}
    where {{ only_new_documents() }}

),

header_lines as (

    select * from {{ ref('int_article_header_lines_selected') }}
    where line_role = 'header' and {{ only_new_documents() }}

),

zoned as (

    select
        document_id,
        line_number,
        line_text,
        zone,
        max(case when zone = 'body' then line_number end) over (partition by document_id) as last_body_line_number
    from {{ ref('int_document_lines_zoned') }}
    where {{ only_new_documents() }}

),

-- The few lines right below the last body line that state the publication itself.
footer_lines as (

    select
        document_id,
        line_number,
        line_text
    from zoned
    where
        zone <> 'body'
        and line_number between last_body_line_number + 1 and last_body_line_number + 3
        and regexp_full_match(line_text, {{ rule_regex('publication_date_lines') }})

),

bodies as not materialized (

    select * from {{ ref('int_article_bodies_assembled') }}
    where {{ only_new_documents() }}

),

candidates as (

    select
        document_id,
        1 as source_rank,
        0 as line_number,
        published_hint as date_text
    from documents
    where published_hint is not null
    union all
    select
        document_id,
        -- the crawler's date line, then the other lines above the body
        case when regexp_full_match(line_text, 'date \d{4}-\d{2}-\d{2}') then 2 else 4 end as source_rank,
        line_number,
        line_text as date_text
    from header_lines
    -- a date line or byline is short; a longer line is a caption or a standfirst, and
    -- the date it names is the pictured event's
    where {{ count_words('line_text') }} <= 15
    union all
    select
        document_id,
        3 as source_rank,
        0 as line_number,
        dateline_day as date_text
    from bodies
    where dateline_day is not null
    union all
    select
        document_id,
        5 as source_rank,
        0 as line_number,
        dateline_credit as date_text
    from bodies
    where dateline_credit is not null
    union all
    select
        document_id,
        6 as source_rank,
        line_number,
        line_text as date_text
    from footer_lines

),

normalized as (

    select
        *,
        {{ normalize_date_text('date_text') }} as normalized_date_text
    from candidates

),

parsed as (

    select
        document_id,
        source_rank,
        line_number,
        date_text,
        {{ parse_date_text('normalized_date_text') }} as parsed_date
    from normalized

),

plausible as (

    select parsed.*
    from parsed
    inner join documents on parsed.document_id = documents.document_id
    where
        parsed.parsed_date is not null
        and parsed.parsed_date between date '1990-01-01' and documents.loaded_at::date

),

timed as (

    select
        *,
        regexp_extract(
            date_text,
            '(?i)(?:^|[^\d])(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap])?\.?\s*m?\b',
            ['hour', 'minute', 'meridiem']
        ) as time_parts
    from plausible

),

with_time as (

    select
        timed.document_id,
        timed.source_rank,
        timed.line_number,
        timed.parsed_date,
        case
            when try_cast(time_parts.hour as integer) <= 23 and try_cast(time_parts.minute as integer) <= 59
                then timed.parsed_date + make_time(
                    case
                        when lower(time_parts.meridiem) = 'p' and try_cast(time_parts.hour as integer) < 12
                            then try_cast(time_parts.hour as integer) + 12
                        when lower(time_parts.meridiem) = 'a' and try_cast(time_parts.hour as integer) = 12 then 0
                        else try_cast(time_parts.hour as integer)
                    end,
                    try_cast(time_parts.minute as integer),
                    0
                )
        end as parsed_at
    from timed

),

chosen_dates as (

    select
        document_id,
        arg_min(parsed_date, [source_rank, line_number]) as published_date
    from with_time
    group by document_id

),

-- The time may stand on another line than the date it belongs to (a crawler line
-- gives the date, the byline "Published November 23, 2023 | 06:10 PM" the time).
resolved as (

    select
        chosen_dates.document_id,
        chosen_dates.published_date,
        arg_min(with_time.parsed_at, [with_time.source_rank, with_time.line_number]) as published_at,
        any_value(documents.loaded_at) as loaded_at
    from chosen_dates
    inner join documents on chosen_dates.document_id = documents.document_id
    left join with_time
        on
            chosen_dates.document_id = with_time.document_id
            and chosen_dates.published_date = with_time.parsed_date
            and with_time.parsed_at is not null
    group by chosen_dates.document_id, chosen_dates.published_date

)

select * from resolved
