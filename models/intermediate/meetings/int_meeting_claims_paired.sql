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
    where {{ only_new_documents() }}

),

mentions as (

    select * from {{ ref('int_mentions_combined') }}
    where {{ only_new_documents() }}

),

entities as (

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
        detected.sentence_index,
        regexp_extract(lower(detected.sentence_text), '\b(he|him|his|she|her)\b', 1) as pronoun,
        length(regexp_extract(lower(detected.sentence_text), '^(.*?)\b(he|him|his|she|her)\b', 1))
        + 1 as pronoun_position,
        sentences.char_start as sentence_start
    from detected
    inner join sentences
        on detected.article_id = sentences.article_id and detected.sentence_index = sentences.sentence_index
    where regexp_matches(lower(detected.sentence_text), '\b(he|him|his|she|her)\b')

),

pronoun_people as (

    select
        pronoun_sentences.article_id,
        pronoun_sentences.sentence_index,
        min(pronoun_sentences.pronoun_position) as position_in_sentence,
        arg_max(people_per_sentence.first_person, people_per_sentence.sentence_index) as entity_id
    from pronoun_sentences
    -- "Sharif visited the embassy, where he met …": "he" is Sharif, already named
    anti join typed_mentions as named_before
        on
            pronoun_sentences.article_id = named_before.article_id
            and pronoun_sentences.sentence_index = named_before.sentence_index
            and named_before.entity_type = 'person'
            and named_before.char_start - pronoun_sentences.sentence_start + 1 < pronoun_sentences.pronoun_position
    inner join people_per_sentence
        on
            pronoun_sentences.article_id = people_per_sentence.article_id
            and pronoun_sentences.sentence_index > people_per_sentence.sentence_index
            and people_per_sentence.sentence_index >= pronoun_sentences.sentence_index - 3
    group by pronoun_sentences.article_id, pronoun_sentences.sentence_index

),

participants as (

    select
        detected.article_id,
        detected.sentence_index,
        typed_mentions.entity_id,
        typed_mentions.entity_type,
        typed_mentions.side,
        min(typed_mentions.char_start - sentences.char_start + 1) as position_in_sentence
    from detected
    inner join typed_mentions
        on
            detected.article_id = typed_mentions.article_id
            and detected.sentence_index = typed_mentions.sentence_index
    inner join sentences
        on
            detected.article_id = sentences.article_id
            and detected.sentence_index = sentences.sentence_index
    group by all
    union all
    select
        pronoun_people.article_id,
        pronoun_people.sentence_index,
        pronoun_people.entity_id,
        'person' as entity_type,
        coalesce(entities.country_code, 'XX') as side,
        pronoun_people.position_in_sentence
    from pronoun_people
    inner join entities on pronoun_people.entity_id = entities.entity_id

),

people as (

    select
        participants.article_id,
        participants.sentence_index,
        participants.entity_id,
        participants.side,
        min(participants.position_in_sentence) as position_in_sentence
    from participants
    where participants.entity_type = 'person'
    group by all

),

-- With three or more people in a sentence, only pairs with its subject are claims:
-- the person named last before the meeting phrase ("Putin held talks with Modi on
-- Tuesday and with Pezeshkian on Wednesday" is two meetings of Putin, not one of Modi
-- and Pezeshkian), else the first person named.
anchors as (

    select
        people.article_id,
        people.sentence_index,
        coalesce(
            arg_max(people.entity_id, people.position_in_sentence) filter (
                where people.position_in_sentence < detected.phrase_position
            ),
            arg_min(people.entity_id, people.position_in_sentence)
        ) as anchor_id,
        count(*) as people_count
    from people
    inner join detected
        on people.article_id = detected.article_id and people.sentence_index = detected.sentence_index
    group by people.article_id, people.sentence_index

),

pairs as (

    select
        first_person.article_id,
        first_person.sentence_index,
        first_person.entity_id as entity_a,
        second_person.entity_id as entity_b,
        first_person.side as side_a,
        second_person.side as side_b,
        greatest(first_person.position_in_sentence, second_person.position_in_sentence) as pair_position
    from people as first_person
    inner join people as second_person
        on
            first_person.article_id = second_person.article_id
            and first_person.sentence_index = second_person.sentence_index
            and first_person.entity_id < second_person.entity_id
            and first_person.side <> second_person.side
    inner join anchors
        on
            first_person.article_id = anchors.article_id
            and first_person.sentence_index = anchors.sentence_index
    where
        anchors.people_count < 3
        or anchors.anchor_id in (first_person.entity_id, second_person.entity_id)

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
        -- "A met B and will call on C": a pair named after the planned phrase is planned,
        -- and takes its kind from that phrase; one named before it, from the held ones
        coalesce(
            case
                when pairs.pair_position >= detected.first_planned_position
                    then list_filter(detected.held_cues, cue -> cue.position >= detected.first_planned_position)[1]
                else list_filter(
                    detected.held_cues, cue -> cue.position < coalesce(detected.first_planned_position, 2147483647)
                )[1]
            end.kind,
            detected.kind
        ) as kind,
        detected.mode,
        case
            when pairs.pair_position >= detected.first_planned_position then 'planned'
            else detected.status
        end as status,
        detected.is_recalled,
        pairs.entity_a,
        pairs.entity_b,
        pairs.side_a,
        pairs.side_b,
        pairs.pair_position,
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
        detected.is_recalled,
        null as entity_a,
        null as entity_b,
        null as side_a,
        null as side_b,
        null::integer as pair_position,
        coalesce(partials.people, []) as partial_people,
        coalesce(partials.countries, []) as partial_countries
    from detected
    inner join partials
        on detected.article_id = partials.article_id and detected.sentence_index = partials.sentence_index

),

-- each article's load, for the incremental watermark
article_loads as (

    select distinct
        article_id,
        loaded_at
    from detected

)

select
    claims.*,
    article_loads.loaded_at
from claims
left join article_loads on claims.article_id = article_loads.article_id
