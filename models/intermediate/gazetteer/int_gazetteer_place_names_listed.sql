-- One row per lower-cased written name of a place or country (every alias of the merged
-- gazetteer), with a canonical name and whether it names a city. Datelines and mastheads
-- ask "is this word a known place?" of this one list.
-- across articles: rebuilt whole on every run
{{ config(materialized='table') }}
with

place_aliases as (

    select
        lower(aliases.alias) as place_name,
        min(entities.name) as canonical_name,
        bool_or(entities.entity_type = 'place') as is_city
    from {{ ref('int_gazetteer_aliases_merged') }} as aliases
    inner join {{ ref('int_gazetteer_entities_merged') }} as entities
        on aliases.entity_id = entities.entity_id
    where entities.entity_type in ('place', 'country')
    group by lower(aliases.alias)

)

select * from place_aliases
