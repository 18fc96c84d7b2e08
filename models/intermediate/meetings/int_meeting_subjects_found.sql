-- depends_on: {{ ref('clause_openers') }}
-- The subject of each meeting sentence that names people, and how many it names. With
-- three or more people only pairs with the subject are claims
-- (int_meeting_claims_paired): the first person after "meeting between", else the
-- person named last before the meeting phrase ("Putin held talks with Modi on Tuesday
-- and with Pezeshkian on Wednesday" is two meetings of Putin, not one of Modi and
-- Pezeshkian), else the first person named. Also where the first subordinate clause
-- after the meeting phrase opens (clause_openers seed): "a video call with Xi just hours
-- after Trump was sworn in" - Trump is not a participant.
{%- set clause_opener_regex = "'\\b(?:' || " ~ rule_regex('clause_openers') ~ " || ')\\b'" %}
with

detected as not materialized (

    select * from {{ ref('int_meeting_sentences_detected') }}
    where {{ only_new_documents() }}

),

people as (

    select * from {{ ref('int_meeting_participants_listed') }}
    where entity_type = 'person' and {{ only_new_documents() }}

),

-- the sentence after its meeting phrase, and where a subordinate clause first opens there
after_phrase as (

    select
        article_id,
        sentence_index,
        phrase_position,
        substr(lower(sentence_text), phrase_position) as rest
    from detected

),

clause_breaks as (

    select
        article_id,
        sentence_index,
        case
            when regexp_matches(rest, {{ clause_opener_regex }})
                then phrase_position + length(regexp_extract(rest, '^(.*?)' || {{ clause_opener_regex }}, 1))
        end as clause_break_position
    from after_phrase

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
        any_value(clause_breaks.clause_break_position) as clause_break_position,
        any_value(people.loaded_at) as loaded_at
    from people
    inner join detected
        on people.article_id = detected.article_id and people.sentence_index = detected.sentence_index
    inner join clause_breaks
        on people.article_id = clause_breaks.article_id and people.sentence_index = clause_breaks.sentence_index
    group by people.article_id, people.sentence_index

)

select * from subjects
