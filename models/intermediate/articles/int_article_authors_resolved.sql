-- depends_on: {{ ref('gazetteer_office_titles') }}
-- depends_on: {{ ref('person_titles') }}
-- depends_on: {{ ref('outlet_name_words') }}
-- depends_on: {{ ref('generic_bylines') }}
-- One row per document with a byline: "By Name", "Name (@handle) Published <date>", "Written by
-- Name", "Edited by Name and Name" (a live page's editors: the first), "Dr Name | Feb. 5,
-- 2024", "Jane Roe | Daily Meridian" (a known outlet) above the body; else a post's
-- account name above its @handle; else a line of just a name between the headline and
-- the body ("Ahmed Raza Qureshi", "Our Correspondent"; a title such as "Prime Minister
-- Kakar" is a caption, not a byline); else a generic byline in the dateline's brackets
-- ("(Staff Reporter)", "(نمائندہ خصوصی)", per the generic_bylines seed); else a wire
-- tail "(Reporting by Name; Editing by …)".
{%- set title_words -%}
    select distinct unnest(string_split(lower(title), ' '))
    from {{ title_phrases() }} as titles
    where title not in ('dr', 'prof', 'mr', 'mrs', 'ms', 'professor')
{%- endset %}
{%- set outlet_words -%}
    select lower(word) from {{ seed_relation('outlet_name_words') }}
{%- endset %}
{%- set generic_bylines -%}
    select lower(byline) from {{ seed_relation('generic_bylines') }}
{%- endset %}
with

zoned as not materialized (

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
                '^(?:By|Written by|Reported by|Story by|Edited by|Published [Bb]y)[:\s]+'
                || '([A-Z][\w.''’-]*(?: (?:[A-Z][\w.''’-]*|ul|al|bin|de|van)){0,4})',
                1
            ), ''),
            nullif(regexp_extract(
                line_text,
                '^([A-Z][\w.''’-]*(?: [A-Z][\w.''’-]*){1,3})\s*(?:\(@\w{1,30}\)\s*)?'
                || '[|,–-]?\s*(?:Published|Posted|Updated)\b',
                1
            ), '')
        ) as author,
        loaded_at
    from zoned
    where
        line_number < coalesce(body_start_line_number, 0)
        and zone <> 'headline'

),

-- "Dr Farhan Mirza | Feb. 5, 2024": a name before the date, unless the name is the
-- outlet's ("The Frontier Ledger | Apr 16, 2024": "The", a word such as Ledger or
-- Times from the outlet_name_words seed, or a name the outlets seed knows).
names_before_dates as (

    select
        document_id,
        line_number,
        regexp_extract(
            line_text,
            '^([A-Z][\w.''’-]*(?: [A-Z][\w.''’-]*){1,3})\s*[|·—–-]\s*'
            || '(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.?,? \d{4})',
            1
        ) as author,
        loaded_at
    from zoned
    where
        line_number < coalesce(body_start_line_number, 0)
        and zone <> 'headline'

),

-- "Jane Roe | Daily Meridian": a name before an outlet the outlets seed knows.
names_before_outlets as (

    select
        zoned.document_id,
        zoned.line_number,
        regexp_extract(zoned.line_text, '^([A-Z][\w.''’-]*(?: [A-Z][\w.''’-]*){1,3})\s*[|·—–]\s*', 1) as author,
        zoned.loaded_at
    from zoned
    inner join {{ ref('outlets') }} as outlets
        on
            {{ name_key("regexp_extract(zoned.line_text, '[|·—–]\\s*([^|·—–]+)$', 1)") }}
            = {{ name_key('outlets.alias') }}
    where
        zoned.line_number < coalesce(zoned.body_start_line_number, 0)
        and zoned.zone <> 'headline'
        and regexp_matches(zoned.line_text, '^[^|·—–]+[|·—–][^|·—–]+$')

),

names_before_credits as (

    select * from names_before_dates
    union all
    select * from names_before_outlets

),

person_names_before_credits as (

    select names_before_credits.*
    from names_before_credits
    anti join {{ ref('outlets') }} as outlets
        on {{ name_key('names_before_credits.author') }} = {{ name_key('outlets.alias') }}
    where
        names_before_credits.author <> ''
        and not starts_with(names_before_credits.author, 'The ')
        and not {{ has_seed_word("regexp_extract_all(lower(names_before_credits.author), '[\\pL]+')", outlet_words) }}

),

-- A post (X, Telegram): the account's name on the line above its @handle.
account_names as (

    select
        zoned.document_id,
        zoned.line_number,
        zoned.line_text as author,
        zoned.loaded_at
    from zoned
    inner join zoned as handle
        on
            zoned.document_id = handle.document_id
            and zoned.line_number + 1 = handle.line_number
    where
        zoned.zone = 'header'
        and zoned.word_count <= 8
        and regexp_full_match(handle.line_text, '@\w{1,30}')

),

-- "اسلام آباد (نمائندہ خصوصی)", "ISLAMABAD (Staff Reporter):": a desk byline in the
-- dateline's brackets.
dateline_bylines as (

    select
        document_id,
        0 as line_number,
        trim(dateline_credit) as author,
        loaded_at
    from {{ ref('int_article_bodies_assembled') }}
    where
        {{ only_new_documents() }}
        and {{ is_seed_word('lower(trim(dateline_credit))', generic_bylines) }}

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
        and not {{ has_seed_word("regexp_extract_all(lower(zoned.line_text), '[\\pL]+')", title_words) }}

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
        1 as source_rank,
        line_number,
        author,
        loaded_at
    from person_names_before_credits
    union all
    select
        document_id,
        2 as source_rank,
        line_number,
        author,
        loaded_at
    from account_names
    union all
    select
        document_id,
        3 as source_rank,
        line_number,
        author,
        loaded_at
    from name_lines
    union all
    select
        document_id,
        4 as source_rank,
        line_number,
        author,
        loaded_at
    from dateline_bylines
    union all
    select
        document_id,
        5 as source_rank,
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
