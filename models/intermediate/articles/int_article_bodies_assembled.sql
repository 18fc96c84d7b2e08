-- One row per document: the body (its lines joined by blank lines, the dateline cut
-- from the first paragraph), the dateline city when the prefix names a place, and the
-- credit written in the dateline's brackets.
with

zoned as (

    select * from {{ ref('int_document_lines_zoned') }}
    where {{ only_new_documents() }}

),

documents as (

    select
        document_id,
        document_text,
        raw_text,
        loaded_at
    from {{ ref('stg_loader__documents') }}
    where {{ only_new_documents() }}

),

known_places as (

    select distinct lower(aliases.alias) as place_name
    from {{ ref('gazetteer_entity_aliases') }} as aliases
    inner join {{ ref('gazetteer_entities') }} as entities
        on aliases.entity_id = entities.entity_id
    where entities.entity_type in ('place', 'country')

),

stopwords as (

    select upper(word) as word from {{ ref('dateline_stopwords') }}

),

first_paragraphs as (

    select
        document_id,
        dateline_parts
    from zoned
    where zone = 'body' and line_number = body_start_line_number

),

datelines as (

    select
        first_paragraphs.document_id,
        first_paragraphs.dateline_parts,
        first_paragraphs.dateline_parts.prefix <> ''
        and stopwords.word is null
        and (
            known_places.place_name is not null
            or regexp_full_match(first_paragraphs.dateline_parts.city, '[A-Z][A-Z .''’-]{2,}')
        ) as is_dateline
    from first_paragraphs
    left join known_places on lower(first_paragraphs.dateline_parts.city) = known_places.place_name
    left join stopwords on upper(first_paragraphs.dateline_parts.city) = stopwords.word

),

body_lines as (

    select
        zoned.document_id,
        zoned.line_number,
        case
            when zoned.line_number = zoned.body_start_line_number and datelines.is_dateline
                then substr(zoned.line_text, length(datelines.dateline_parts.prefix) + 1)
            else zoned.line_text
        end as paragraph
    from zoned
    left join datelines on zoned.document_id = datelines.document_id
    where zoned.zone = 'body'

),

bodies as (

    select
        document_id,
        -- an agency credit closing the article, "… as early as possible. (APP)", is not text
        regexp_replace(
            string_agg(paragraph, chr(10) || chr(10) order by line_number), '\s*\([A-Z][\w .-]{1,30}\)$', ''
        ) as body
    from body_lines
    where paragraph <> ''
    group by document_id

),

assembled as (

    select
        documents.document_id,
        -- A document with nothing but furniture keeps its whole text: never lose it.
        coalesce(
            nullif(bodies.body, ''),
            nullif(trim(documents.document_text, ' ' || chr(10)), ''),
            documents.raw_text
        ) as body,
        case when datelines.is_dateline then {{ title_case('datelines.dateline_parts.city') }} end as dateline,
        case
            when datelines.is_dateline
                then coalesce(
                    nullif(datelines.dateline_parts.credit, ''), nullif(datelines.dateline_parts.slash_credit, '')
                )
        end as dateline_credit,
        case when datelines.is_dateline then nullif(datelines.dateline_parts.day, '') end as dateline_day,
        documents.loaded_at
    from documents
    left join bodies on documents.document_id = bodies.document_id
    left join datelines on documents.document_id = datelines.document_id

)

select * from assembled
