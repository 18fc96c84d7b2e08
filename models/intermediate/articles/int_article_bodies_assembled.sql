-- One row per document: the body (its lines joined by blank lines, the dateline cut
-- from the first paragraph), the dateline city when the prefix names a place, and the
-- credit written in the dateline's brackets. A dateline without punctuation ("ISLAMABAD
-- A delegation …", "اسلام آباد (نمائندہ خصوصی) …") counts only when it names a known
-- place; written in another script, the city is given by its gazetteer name.
with

zoned as not materialized (

    select * from {{ ref('int_document_lines_zoned') }}
    where {{ only_new_documents() }}

),

known_places as (

    select
        place_name,
        canonical_name,
        is_city
    from {{ ref('int_gazetteer_place_names_listed') }}
    union all
    -- places that open datelines but are no city of the gazetteer ("United Nations:")
    select
        lower(place) as place_name,
        place as canonical_name,
        true as is_city
    from {{ ref('dateline_places') }}

),

agency_aliases as (

    select distinct {{ name_key('outlets.alias') }} as alias_key
    from {{ ref('outlets') }} as outlets
    inner join {{ ref('news_agencies') }} as news_agencies on outlets.outlet = news_agencies.outlet
    where outlets.alias is not null

),

stopwords as (

    select upper(word) as word from {{ ref('dateline_stopwords') }}

),

first_paragraphs as (

    select
        zoned.document_id,
        zoned.dateline_parts,
        case
            when zoned.dateline_parts.prefix = '' then {{ extract_unmarked_dateline('zoned.line_text') }}
        end as unmarked_dateline_parts
    from zoned
    where zoned.zone = 'body' and zoned.line_number = zoned.body_start_line_number

),

-- A press release states its place and date on a line of their own above the text
-- ("Islamabad: May 22, 2024"): that place is the dateline when the first paragraph
-- has none.
date_lines as (

    select
        zoned.document_id,
        arg_max(zoned.dateline_parts, zoned.line_number) as dateline_parts
    from zoned
    where
        zoned.zone <> 'headline'
        and zoned.line_number < zoned.body_start_line_number
        and zoned.dateline_parts.prefix <> ''
        and regexp_full_match(
            substr(zoned.line_text, length(zoned.dateline_parts.prefix) + 1),
            '(?i)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?'
            || '(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}'
            || '|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})'
        )
    group by zoned.document_id

),

-- The first paragraph's marked dateline, else the date line's (which stays in the
-- header, so `is_in_paragraph` is false and nothing is cut from the body).
marked_datelines as (

    select
        first_paragraphs.document_id,
        case
            when first_paragraphs.dateline_parts.prefix = '' and date_lines.document_id is not null
                then date_lines.dateline_parts
            else first_paragraphs.dateline_parts
        end as dateline_parts,
        first_paragraphs.dateline_parts.prefix <> '' or date_lines.document_id is null as is_in_paragraph,
        first_paragraphs.unmarked_dateline_parts
    from first_paragraphs
    left join date_lines on first_paragraphs.document_id = date_lines.document_id

),

-- A marked dateline names a known place or a city in capitals, not a wire agency
-- ("October 6, 2022 (AFP) –"); an unmarked one, a known city.
dateline_candidates as (

    select
        marked_datelines.document_id,
        marked_datelines.dateline_parts,
        marked_datelines.is_in_paragraph,
        marked_datelines.dateline_parts.prefix <> ''
        and stopwords.word is null
        and agency_names.alias_key is null
        and (
            known_places.place_name is not null
            or regexp_full_match(marked_datelines.dateline_parts.city, '[A-Z][A-Z .''’-]{2,}')
        ) as is_dateline,
        marked_datelines.unmarked_dateline_parts
    from marked_datelines
    left join known_places on lower(marked_datelines.dateline_parts.city) = known_places.place_name
    left join stopwords on upper(marked_datelines.dateline_parts.city) = stopwords.word
    left join agency_aliases as agency_names
        on {{ name_key('marked_datelines.dateline_parts.city') }} = agency_names.alias_key

),

datelines as (

    select
        dateline_candidates.document_id,
        case
            when dateline_candidates.is_dateline and not dateline_candidates.is_in_paragraph then ''
            when dateline_candidates.is_dateline then dateline_candidates.dateline_parts.prefix
            when unmarked_places.is_city then dateline_candidates.unmarked_dateline_parts.prefix
        end as prefix,
        case
            when dateline_candidates.is_dateline then dateline_candidates.dateline_parts.city
            when unmarked_places.is_city then dateline_candidates.unmarked_dateline_parts.city
        end as city,
        case
            when dateline_candidates.is_dateline
                then coalesce(
                    nullif(dateline_candidates.dateline_parts.credit, ''),
                    nullif(dateline_candidates.dateline_parts.slash_credit, '')
                )
            when unmarked_places.is_city then nullif(dateline_candidates.unmarked_dateline_parts.credit, '')
        end as credit,
        case when dateline_candidates.is_dateline then nullif(dateline_candidates.dateline_parts.day, '') end as day,
        coalesce(dateline_candidates.is_dateline or unmarked_places.is_city, false) as is_dateline
    from dateline_candidates
    left join known_places as unmarked_places
        on lower(dateline_candidates.unmarked_dateline_parts.city) = unmarked_places.place_name

),

named_datelines as (

    select
        datelines.*,
        case
            -- a city written in a script without Latin letters: its gazetteer name
            when not regexp_matches(datelines.city, '\p{Latin}') then known_places.canonical_name
            -- a known city as the gazetteer writes it ("RIO DE JANEIRO" is "Rio de Janeiro"),
            -- when it is the same name
            when lower(known_places.canonical_name) = lower(datelines.city) then known_places.canonical_name
            else {{ title_case('datelines.city') }}
        end as city_name
    from datelines
    left join known_places on lower(datelines.city) = known_places.place_name
    where datelines.is_dateline

),

-- "PRETORIA, January 23 – Agency Name. The minister …": a wire agency's name right
-- after the dateline (news_agencies seed) is its credit, cut from the body with it.
after_datelines as (

    select
        zoned.document_id,
        regexp_extract(
            substr(zoned.line_text, length(named_datelines.prefix) + 1),
            '^(?P<credit_prefix>(?P<name>\p{Lu}[\pL&-]*(?: \p{Lu}[\pL&-]*){0,3})\s*[.:]\s+)',
            ['credit_prefix', 'name']
        ) as credit_parts
    from zoned
    inner join named_datelines on zoned.document_id = named_datelines.document_id
    where zoned.line_number = zoned.body_start_line_number

),

wire_credits as (

    select
        after_datelines.document_id,
        after_datelines.credit_parts.credit_prefix,
        after_datelines.credit_parts.name as agency_name
    from after_datelines
    inner join agency_aliases on {{ name_key('after_datelines.credit_parts.name') }} = agency_aliases.alias_key

),

-- the numbers of each page's body lines: integers only (gathering the lines' text per page
-- in one aggregate, whatever its form, ran out of memory at a million articles: DuckDB
-- cannot spill such states)
body_line_numbers as (

    select
        document_id,
        any_value(body_start_line_number) as body_start_line_number,
        list(line_number order by line_number) as line_numbers
    from zoned
    where zone = 'body'
    group by document_id

),

-- each page's lines (the lines as int_document_lines_split, _classified and _zoned number
-- them) beside its text: the staging view is read once, so each text is normalised once
page_lines as (

    select
        document_id,
        document_text,
        raw_text,
        {{ document_lines('document_text') }} as lines,
        loaded_at
    from {{ ref('stg_loader__documents') }}
    where {{ only_new_documents() }}

),

-- each page's body taken from its own list of lines, row by row, with the dateline cut
-- from the first (null when the page has no body line)
bodies as (

    select
        page_lines.document_id,
        page_lines.document_text,
        page_lines.raw_text,
        page_lines.loaded_at,
        named_datelines.city_name as dateline,
        coalesce(named_datelines.credit, wire_credits.agency_name) as dateline_credit,
        named_datelines.day as dateline_day,
        array_to_string(
            list_filter(
                list_transform(
                    body_line_numbers.line_numbers,
                    line_number -> case
                        when line_number = body_line_numbers.body_start_line_number and named_datelines.is_dateline
                            then substr(
                                {{ cut_aggregator_credit('page_lines.lines[line_number + 1]') }},
                                length(named_datelines.prefix) + coalesce(length(wire_credits.credit_prefix), 0) + 1
                            )
                        else {{ cut_aggregator_credit('page_lines.lines[line_number + 1]') }}
                    end
                ),
                paragraph -> paragraph <> ''
            ),
            chr(10) || chr(10)
        ) as joined_body
    from page_lines
    left join body_line_numbers on page_lines.document_id = body_line_numbers.document_id
    left join named_datelines on page_lines.document_id = named_datelines.document_id
    left join wire_credits on page_lines.document_id = wire_credits.document_id

),

-- an agency credit closing the article, "… as early as possible. (APP)", "… they
-- added. AGENCY", is not text;
-- nor is the fragment of a last paragraph the crawler cut off ("… and jointly develop
-- the Ec"): the body ends with the last complete sentence of that paragraph
bodies_without_credit as (

    select
        * exclude (joined_body),
        case
            when ends_with(joined_body, ')') then regexp_replace(joined_body, '\s*\([A-Z][\w .-]{1,30}\)$', '')
            when {{ ends_with_bare_credit('joined_body') }}
                then regexp_replace(joined_body, '\s+[—–-]?\s*\p{Lu}{2,}$', '')
            when not {{ ends_like_sentence('joined_body') }}
                then regexp_replace(joined_body, '^([\s\S]*\p{Ll}[.!?]["”’)]?) +["“‘]?\p{Lu}[^\n]*$', '\1')
            else joined_body
        end as body
    from bodies

),

assembled as (

    select
        document_id,
        -- A document with nothing but furniture keeps its whole text: never lose it.
        coalesce(
            nullif(body, ''),
            nullif(trim(document_text, ' ' || chr(10)), ''),
            raw_text
        ) as body,
        dateline,
        dateline_credit,
        dateline_day,
        loaded_at
    from bodies_without_credit

)

select * from assembled
