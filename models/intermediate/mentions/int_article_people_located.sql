-- Every place an article names a person, with the person's country: gazetteer people
-- matched in the text, and names after a title that no gazetteer alias matched: new
-- people ("Ambassador Karim Tashkandi") and known people written another way. The
-- antecedents a title standing for a person can mean.
with

resolved_mentions as (

    select * from {{ ref('int_mentions_resolved_to_entities') }}
    where {{ only_new_documents() }}

),

titled_names as (

    select * from {{ ref('int_titled_names_linked') }}
    where {{ only_new_documents() }}

),

entities as (

    select * from {{ ref('int_gazetteer_entities_merged') }}

),

gazetteer_people as (

    select
        resolved_mentions.article_id,
        resolved_mentions.sentence_index,
        resolved_mentions.char_start,
        resolved_mentions.entity_id,
        entities.country_code,
        resolved_mentions.loaded_at
    from resolved_mentions
    inner join entities
        on resolved_mentions.entity_id = entities.entity_id and entities.entity_type = 'person'

),

titled_people as (

    select
        article_id,
        sentence_index,
        name_start as char_start,
        entity_id,
        country_code,
        loaded_at
    from titled_names
    where is_discovered or name_found_by = 'name_words'

)

select * from gazetteer_people
union all
select * from titled_people
