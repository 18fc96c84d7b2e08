-- Every country: the hand-written rows, then the ISO 3166-1 codes they lack (territories
-- such as Puerto Rico or Greenland), with the capital GeoNames gives.
-- across articles: rebuilt whole on every run
{{ config(materialized='table') }}
with

hand_written as (

    select
        country_code,
        entity_id,
        name,
        capital_entity_id
    from {{ ref('gazetteer_countries') }}

),

generated as (

    select
        country_code,
        entity_id,
        name,
        capital_entity_id
    from {{ ref('gazetteer_countries_generated') }}

),

merged as (

    select * from hand_written
    union all
    select generated.*
    from generated
    anti join hand_written on generated.country_code = hand_written.country_code

)

select * from merged
