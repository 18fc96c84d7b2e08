-- The contract's `entities`: one row per real-world entity, as int_entities_listed
-- builds it.
with

entities as (

    select * from {{ ref('int_entities_listed') }}

)

select * from entities
