-- The subject of each meeting sentence that names people, and how many it names. With
-- three or more people only pairs with the subject are claims
-- (int_meeting_claims_paired): the first person after "meeting between", else the
-- person named last before the meeting phrase ("Putin held talks with Modi on Tuesday
-- and with Pezeshkian on Wednesday" is two meetings of Putin, not one of Modi and
-- Pezeshkian), else the first person named.
with

detected as (

    select * from {{ ref('int_meeting_sentences_detected') }}
    where {{ only_new_documents() }}

),

people as (

    select * from {{ ref('int_meeting_participants_listed') }}
    where entity_type = 'person' and {{ only_new_documents() }}

),

subjects as (

    select
        people.article_id,
        people.sentence_index,
        coalesce(
            -- "a meeting between Modi and Xi", whoever announces it
            arg_min(people.entity_id, people.position_in_sentence) filter (
                where people.position_in_sentence > strpos(
                    lower(detected.sentence_text),
                    nullif(
                        regexp_extract(lower(detected.sentence_text), '\b(?:meeting|talks|call|conversation) between '),
                        ''
                    )
                )
            ),
            arg_max(people.entity_id, people.position_in_sentence) filter (
                where people.position_in_sentence < detected.phrase_position
            ),
            arg_min(people.entity_id, people.position_in_sentence)
        ) as subject_id,
        count(*) as people_count,
        any_value(people.loaded_at) as loaded_at
    from people
    inner join detected
        on people.article_id = detected.article_id and people.sentence_index = detected.sentence_index
    group by people.article_id, people.sentence_index

)

select * from subjects
