-- Meeting claims, one per pair of people a meeting sentence names
-- (int_meeting_participants_listed) from different sides (countries); with three or more
-- people, only the pairs with the sentence's subject (int_meeting_subjects_found), unless
-- the sentence says the meeting was joint ("the trilateral summit"): then all pairs; and
-- the pairs of a later clause's own subject ("…, and Xi met Pezeshkian"). A
-- sentence that names no such pair ("the two leaders", "talks between Pakistan and
-- Russia") is kept as a partial claim with the people and countries it does name, to
-- be joined to a full claim of the same article in the next step. A later venue of the
-- sentence (int_meeting_occasions_split: "met B in Kazan and at a forum in Ashgabat")
-- that names no new person repeats each claim named before it, as an occasion of its own.
with

detected as not materialized (

    select * from {{ ref('int_meeting_sentences_detected') }}
    where {{ only_new_documents() }}

),

participants as not materialized (

    select * from {{ ref('int_meeting_participants_listed') }}
    where {{ only_new_documents() }}

),

people as (

    select * from participants
    where entity_type = 'person'

),

subjects as (

    select * from {{ ref('int_meeting_subjects_found') }}
    where {{ only_new_documents() }}

),

later_occasions as (

    select * from {{ ref('int_meeting_occasions_split') }}
    where {{ only_new_documents() }}

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
    inner join subjects
        on
            first_person.article_id = subjects.article_id
            and first_person.sentence_index = subjects.sentence_index
    inner join detected
        on
            first_person.article_id = detected.article_id
            and first_person.sentence_index = detected.sentence_index
    where
        subjects.people_count < 3
        or (
            (detected.is_joint or subjects.subject_id in (first_person.entity_id, second_person.entity_id))
            -- "a call with Xi hours after Trump was sworn in": not a meeting with Trump
            and greatest(first_person.position_in_sentence, second_person.position_in_sentence)
            < coalesce(subjects.clause_break_position, 2147483647)
        )
        -- "Modi met Putin, and Xi met Pezeshkian": a clause's own subject with the people after it
        or (
            subjects.own_clause_subject_id in (first_person.entity_id, second_person.entity_id)
            and least(first_person.position_in_sentence, second_person.position_in_sentence)
            > subjects.own_clause_position
        )

),

partials as (

    select
        detected.article_id,
        detected.sentence_index,
        list(distinct participants.entity_id order by participants.entity_id)
        filter (where participants.entity_type = 'person') as people,
        list(distinct participants.side order by participants.side)
        filter (where participants.entity_type = 'country') as countries
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
            struct_extract(
                case
                    when pairs.pair_position >= detected.first_planned_position
                        then list_filter(detected.held_cues, cue -> cue.position >= detected.first_planned_position)[1]
                    else list_filter(
                        detected.held_cues, cue -> cue.position < coalesce(detected.first_planned_position, 2147483647)
                    )[1]
                end,
                'kind'
            ),
            detected.kind
        ) as kind,
        detected.mode,
        case
            when pairs.pair_position >= detected.first_planned_position then 'planned'
            else detected.status
        end as status,
        detected.is_recalled,
        detected.names_the_meeting,
        detected.is_joint,
        pairs.entity_a,
        pairs.entity_b,
        pairs.side_a,
        pairs.side_b,
        pairs.pair_position,
        null::varchar[] as partial_people,
        null::varchar[] as partial_countries,
        detected.phrase_position
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
        detected.names_the_meeting,
        detected.is_joint,
        null as entity_a,
        null as entity_b,
        null as side_a,
        null as side_b,
        null::integer as pair_position,
        coalesce(partials.people, []) as partial_people,
        coalesce(partials.countries, []) as partial_countries,
        detected.phrase_position
    from detected
    inner join partials
        on detected.article_id = partials.article_id and detected.sentence_index = partials.sentence_index

),

-- the first occasion of each claim, and each later venue after its pair that names no
-- new person ("met B in Kazan and at a forum in Ashgabat"; not "met B in Kazan and C in Baku")
occasions as (

    select
        * exclude (phrase_position),
        0 as occasion_segment,
        null::integer as segment_start,
        null::integer as segment_end
    from claims
    union all
    select
        claims.* exclude (phrase_position),  -- noqa: RF02
        later_occasions.occasion_segment,
        later_occasions.segment_start,
        later_occasions.segment_end
    from claims
    inner join later_occasions
        on
            claims.article_id = later_occasions.article_id
            and claims.sentence_index = later_occasions.sentence_index
            and coalesce(claims.pair_position, claims.phrase_position) < later_occasions.segment_start
    anti join people
        on
            later_occasions.article_id = people.article_id
            and later_occasions.sentence_index = people.sentence_index
            and later_occasions.segment_start <= people.position_in_sentence
            and later_occasions.segment_end > people.position_in_sentence

),

-- each article's load, for the incremental watermark
article_loads as (

    select distinct
        article_id,
        loaded_at
    from detected

)

select
    occasions.*,
    article_loads.loaded_at
from occasions
left join article_loads on occasions.article_id = article_loads.article_id
