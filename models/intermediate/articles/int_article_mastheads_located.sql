-- One row per document whose first line stands above the headline and names something
-- that is neither a page section nor places: its masthead ("Daily Meridian" of
-- "Daily Meridian — World / Diplomacy"), a candidate outlet for int_article_outlets_resolved.
with

lines as not materialized (

    select * from {{ ref('int_document_lines_zoned') }}
    where {{ only_new_documents() }}

),

known_places as (

    select place_name from {{ ref('int_gazetteer_place_names_listed') }}

),

-- Per document: its first line that is not dropped furniture, and the headline's line.
document_landmarks as (

    select
        document_id,
        min(line_number) filter (where not is_dropped_furniture) as first_line_number,
        min(line_number) filter (where zone = 'headline') as headline_line_number
    from lines
    group by document_id

),

-- That first line when it is header above the headline, cut into its segments
-- ("Daily Meridian — World / Diplomacy", "🇵🇰🤝🇷🇺 PAKISTAN–RUSSIA | Diplomacy Desk"),
-- each without the emoji and symbols around it.
masthead_segments as (

    select
        lines.document_id,
        lines.line_number,
        lines.loaded_at,
        unnest(
            list_transform(
                regexp_split_to_array(lines.line_text, '\s+(?:›|»|>|\||·|—|–|/)\s+'),
                segment -> regexp_replace(segment, '^[^\pL\pN]+|[^\pL\pN.)]+$', '', 'g')
            )
        ) as segment,
        generate_subscripts(regexp_split_to_array(lines.line_text, '\s+(?:›|»|>|\||·|—|–|/)\s+'), 1)
            as segment_number
    from lines
    inner join document_landmarks
        on
            lines.document_id = document_landmarks.document_id
            and lines.line_number = document_landmarks.first_line_number
            and lines.line_number < document_landmarks.headline_line_number
    where lines.zone = 'header'

),

-- A segment of place names only ("PAKISTAN–RUSSIA", "Pakistan / Russia") is the
-- topic, not the outlet.
segment_places as (

    select
        document_id,
        segment_number,
        unnest(regexp_split_to_array(lower(segment), '\s*(?:[–—&,-]|\band\b)\s*')) as part
    from masthead_segments

),

place_only_segments as (

    select
        segment_places.document_id,
        segment_places.segment_number
    from segment_places
    left join known_places on segment_places.part = known_places.place_name
    group by segment_places.document_id, segment_places.segment_number
    having count(*) = count(known_places.place_name)

),

-- The masthead: the first segment that is neither a page section nor places.
mastheads as (

    select
        masthead_segments.document_id,
        any_value(masthead_segments.line_number) as line_number,
        arg_min(masthead_segments.segment, masthead_segments.segment_number) as masthead,
        any_value(masthead_segments.loaded_at) as loaded_at
    from masthead_segments
    left join {{ ref('page_sections') }} as page_sections
        on lower(masthead_segments.segment) = lower(page_sections.section)
    anti join place_only_segments
        on
            masthead_segments.document_id = place_only_segments.document_id
            and masthead_segments.segment_number = place_only_segments.segment_number
    where page_sections.section is null and masthead_segments.segment <> ''
    group by masthead_segments.document_id

)

select * from mastheads
