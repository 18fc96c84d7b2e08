-- One row per real-world entity: the gazetteer's (is_curated) and those discovered in
-- the text (people introduced with a title, organisations named in full). Across
-- articles, so rebuilt whole (the `entities` mart publishes these rows).
{{ config(materialized='table') }}
with

gazetteer as (

    select
        entity_id,
        name,
        entity_type,
        country_code,
        true as is_curated
    from {{ ref('int_gazetteer_entities_merged') }}

),

mentions as (

    select * from {{ ref('int_mentions_combined') }}
    where found_by in ('discovered_after_title', 'discovered_organization')

),

titled_countries_counted as (

    select
        entity_id,
        country_code,
        count(*) as times_given
    from {{ ref('int_titled_names_linked') }}
    where is_discovered and country_code is not null
    group by entity_id, country_code

),

-- the country most often given, ties to the first code (never left to chance)
titled_countries as (

    select
        entity_id,
        arg_min(country_code, (-times_given, country_code)) as country_code
    from titled_countries_counted
    group by entity_id

),

discovered as (

    select
        mentions.entity_id,
        -- the fullest spelling seen (of two as long, the first in alphabetical order)
        arg_min(
            substr(articles.body, mentions.char_start + 1, mentions.char_end - mentions.char_start),
            (
                mentions.char_start - mentions.char_end,
                substr(articles.body, mentions.char_start + 1, mentions.char_end - mentions.char_start)
            )
        ) as name,
        case
            when min(mentions.found_by) = 'discovered_after_title' then 'person' else 'organization'
        end as entity_type,
        min(titled_countries.country_code) as country_code,
        false as is_curated
    from mentions
    inner join {{ ref('int_articles_finalized') }} as articles on mentions.article_id = articles.article_id
    left join titled_countries on mentions.entity_id = titled_countries.entity_id
    group by mentions.entity_id

),

combined as (

    select * from gazetteer
    union all
    select discovered.*
    from discovered
    anti join gazetteer on discovered.entity_id = gazetteer.entity_id

)

select * from combined
