-- Who each meeting sentence names, as claims. The people named in the sentence (by
-- name, surname, title or role), plus the person a pronoun ("he", "him", "his") stands
-- for: the first person of the nearest earlier sentence that names one. Every two of
-- them from different sides (countries) make a claim of a meeting between the two. A
-- sentence that names no such pair ("the two leaders", "talks between Pakistan and
-- Russia") is kept as a partial claim with the people and countries it does name, to
-- be joined to a full claim of the same article in the next step.
with

detected as (

    select * from {{ ref('int_meeting_sentences_detected') }}

),

mentions as (

    select * from {{ ref('mentions') }}

),

entities as (

    select * from {{ ref('entities') }}

),

typed_mentions as (

    select
        mentions.article_id,
        mentions.sentence_index,
        mentions.char_start,
        mentions.entity_id,
        entities.entity_type,
        coalesce(entities.country_code, 'XX') as side
    from mentions
    inner join entities on mentions.entity_id = entities.entity_id
    where entities.entity_type in ('person', 'country')

),

people_per_sentence as (

    select
        article_id,
        sentence_index,
        arg_min(entity_id, char_start) as first_person
    from typed_mentions
    where entity_type = 'person'
    group by article_id, sentence_index

),

pronoun_sentences as (

    select
        detected.article_id,
        detected.sentence_index
    from detected
    where regexp_matches(lower(detected.sentence_text), '\b(he|him|his|she|her)\b')

),

pronoun_people as (

    select
        pronoun_sentences.article_id,
        pronoun_sentences.sentence_index,
        arg_max(people_per_sentence.first_person, people_per_sentence.sentence_index) as entity_id
    from pronoun_sentences
    inner join people_per_sentence
        on
            pronoun_sentences.article_id = people_per_sentence.article_id
            and pronoun_sentences.sentence_index > people_per_sentence.sentence_index
            and people_per_sentence.sentence_index >= pronoun_sentences.sentence_index - 3
    group by pronoun_sentences.article_id, pronoun_sentences.sentence_index

),

participants as (

    select distinct
        detected.article_id,
        detected.sentence_index,
        typed_mentions.entity_id,
        typed_mentions.entity_type,
        typed_mentions.side
    from detected
    inner join typed_mentions
        on
            detected.article_id = typed_mentions.article_id
            and detected.sentence_index = typed_mentions.sentence_index
    union
    select
        pronoun_people.article_id,
        pronoun_people.sentence_index,
        pronoun_people.entity_id,
        'person' as entity_type,
        coalesce(entities.country_code, 'XX') as side
    from pronoun_people
    inner join entities on pronoun_people.entity_id = entities.entity_id

),

people as (

    select * from participants
    where entity_type = 'person'

),

pairs as (

    select
        first_person.article_id,
        first_person.sentence_index,
        first_person.entity_id as entity_a,
        second_person.entity_id as entity_b,
        first_person.side as side_a,
        second_person.side as side_b
    from people as first_person
    inner join people as second_person
        on
            first_person.article_id = second_person.article_id
            and first_person.sentence_index = second_person.sentence_index
            and first_person.entity_id < second_person.entity_id
            and first_person.side <> second_person.side

),

partials as (

    select
        detected.article_id,
        detected.sentence_index,
        list(distinct participants.entity_id) filter (where participants.entity_type = 'person') as people,
        list(distinct participants.side) filter (where participants.entity_type = 'country') as countries
    from detected
    anti join pairs
        on detected.article_id = pairs.article_id and detected.sentence_index = pairs.sentence_index
    left join participants
        on
            detected.article_id = participants.article_id
            and detected.sentence_index = participants.sentence_index
    group by detected.article_id, detected.sentence_index

),

claims as (

    select
        detected.article_id,
        detected.sentence_index,
        detected.sentence_text,
        detected.kind,
        detected.mode,
        detected.status,
        pairs.entity_a,
        pairs.entity_b,
        pairs.side_a,
        pairs.side_b,
        null::varchar[] as partial_people,
        null::varchar[] as partial_countries
    from detected
    inner join pairs
        on detected.article_id = pairs.article_id and detected.sentence_index = pairs.sentence_index
    union all
    select
        detected.article_id,
        detected.sentence_index,
        detected.sentence_text,
        detected.kind,
        detected.mode,
        detected.status,
        null as entity_a,
        null as entity_b,
        null as side_a,
        null as side_b,
        coalesce(partials.people, []) as partial_people,
        coalesce(partials.countries, []) as partial_countries
    from detected
    inner join partials
        on detected.article_id = partials.article_id and detected.sentence_index = partials.sentence_index

)

select * from claims
