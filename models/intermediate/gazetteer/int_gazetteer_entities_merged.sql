-- Every gazetteer entity: the hand-written rows, then the cities and countries generated
-- from GeoNames, ISO 3166 and CLDR (seeds/gazetteer/generated) that no hand-written row
-- with the same entity_id covers. The hand-written row always wins.
-- across articles: rebuilt whole on every run
{{ config(materialized='table') }}
with

hand_written as (

    select
        entity_id,
        name,
        entity_type,
        country_code
    from {{ ref('gazetteer_entities') }}

),

generated as (

    select
        entity_id,
        name,
        'place' as entity_type,
        country_code
    from {{ ref('gazetteer_places_generated') }}
    union all
    select
        entity_id,
        name,
        'country' as entity_type,
        country_code
    from {{ ref('gazetteer_countries_generated') }}

),

merged as (

    select * from hand_written
    union all
    select generated.*
    from generated
    anti join hand_written on generated.entity_id = hand_written.entity_id

)

select * from merged
