-- Who each meeting sentence names: the people and countries it names (by name, surname,
-- title or role) and the person its pronoun stands for (int_meeting_pronouns_resolved),
-- each with its side (country code, `XX` when none) and its first position in the sentence.
with

detected as (

    select * from {{ ref('int_meeting_sentences_detected') }}
    where {{ only_new_documents() }}

),

mentions as (

    select * from {{ ref('int_mentions_combined') }}
    where {{ only_new_documents() }}

),

pronoun_people as (

    select * from {{ ref('int_meeting_pronouns_resolved') }}
    where {{ only_new_documents() }}

),

entities as not materialized (

    select * from {{ ref('int_entities_listed') }}

),

sentences as (

    select
        article_id,
        sentence_index,
        char_start
    from {{ ref('int_article_sentences_split') }}
    where {{ only_new_documents() }}

),

named as (

    select
        detected.article_id,
        detected.sentence_index,
        mentions.entity_id,
        entities.entity_type,
        coalesce(entities.country_code, 'XX') as side,
        mentions.char_start - sentences.char_start + 1 as position_in_sentence,
        detected.loaded_at
    from detected
    inner join mentions
        on
            detected.article_id = mentions.article_id
            and detected.sentence_index = mentions.sentence_index
    inner join entities on mentions.entity_id = entities.entity_id
    inner join sentences
        on
            detected.article_id = sentences.article_id
            and detected.sentence_index = sentences.sentence_index
    where entities.entity_type in ('person', 'country')

),

pronoun_named as (

    select
        pronoun_people.article_id,
        pronoun_people.sentence_index,
        pronoun_people.entity_id,
        'person' as entity_type,
        coalesce(entities.country_code, 'XX') as side,
        pronoun_people.position_in_sentence,
        pronoun_people.loaded_at
    from pronoun_people
    inner join entities on pronoun_people.entity_id = entities.entity_id

),

named_or_pronoun as (

    select * from named
    union all
    select * from pronoun_named

),

-- a person both named and a pronoun's ("He met Putin", after a sentence naming Putin) once
participants as (

    select
        article_id,
        sentence_index,
        entity_id,
        entity_type,
        side,
        min(position_in_sentence) as position_in_sentence,
        any_value(loaded_at) as loaded_at
    from named_or_pronoun
    group by article_id, sentence_index, entity_id, entity_type, side

)

select * from participants
