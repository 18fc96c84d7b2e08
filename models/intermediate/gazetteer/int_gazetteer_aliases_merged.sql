-- Every written form of a gazetteer entity: the hand-written aliases and names, then the
-- generated city and country names that cannot be mistaken for something else. A
-- generated form is left out when its key is
--   - already a hand-written alias or name (the hand-written entity wins: "Hyderabad" is
--     the hand-written one, "Georgia" the country),
--   - a word of a gazetteer person's name (a city must not shadow "Sharif" or "Jackson"),
--   - in the place name stop-list (words and given names: "Nice", "Reading", "Victoria").
-- Matching is on capitalised words only (int_mentions_matched_to_aliases), so "nice" and
-- "reading" in lower case never were candidates; the stop-list guards the capitalised ones.
-- across articles: rebuilt whole on every run
{{ config(materialized='table') }}
with

entities as not materialized (

    select * from {{ ref('gazetteer_entities') }}

),

hand_written as (

    select
        entity_id,
        alias,
        alias_kind
    from {{ ref('gazetteer_entity_aliases') }}
    union
    select
        entity_id,
        name as alias,
        'name' as alias_kind
    from entities

),

hand_written_keys as (

    select distinct {{ name_key('alias') }} as alias_key
    from hand_written

),

person_name_words as (

    select distinct unnest(string_split({{ name_key('hand_written.alias') }}, ' ')) as alias_key
    from hand_written
    inner join entities on hand_written.entity_id = entities.entity_id
    where entities.entity_type = 'person'

),

stop_listed as (

    select {{ name_key('name') }} as alias_key
    from {{ ref('gazetteer_place_name_stoplist') }}

),

generated as (

    select
        entity_id,
        alias,
        alias_kind,
        {{ name_key('alias') }} as alias_key
    from {{ ref('gazetteer_aliases_generated') }}

),

generated_kept as (

    select
        generated.entity_id,
        generated.alias,
        generated.alias_kind
    from generated
    anti join hand_written_keys on generated.alias_key = hand_written_keys.alias_key
    anti join person_name_words on generated.alias_key = person_name_words.alias_key
    anti join stop_listed on generated.alias_key = stop_listed.alias_key

),

merged as (

    select * from hand_written
    union all
    select * from generated_kept

)

select * from merged
