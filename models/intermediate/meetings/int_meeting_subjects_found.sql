-- depends_on: {{ ref('clause_openers') }}
-- depends_on: {{ ref('meeting_phrases') }}
-- The subject of each meeting sentence that names people, and how many it names. With
-- three or more people only pairs with the subject are claims
-- (int_meeting_claims_paired): the first person after "meeting between", else the
-- person named last before the meeting phrase ("Putin held talks with Modi on Tuesday
-- and with Pezeshkian on Wednesday" is two meetings of Putin, not one of Modi and
-- Pezeshkian), else the first person named. Also where the first clause after the
-- meeting phrase opens: a subordinate clause (clause_openers seed: "a video call with Xi
-- just hours after Trump was sworn in" - Trump is not a participant), or a clause with a
-- subject and a meeting of its own ("Modi met Putin, and Xi met Pezeshkian"; "…, while
-- Lula held talks with Macron"), whose subject is given too.
{%- set clause_opener_regex = "'\\b(?:' || " ~ rule_regex('clause_openers') ~ " || ')\\b'" %}
{#- after the meeting phrase: what comes before the clause, and the clause's opening up to its
    own held meeting phrase (", and Xi also ", "; Lula ") -#}
{%- set own_clause_regex = "'^(.*?)((?:, (?:and|but|while|whereas)|;) [^,;]{0,80}?)(?:' || "
    ~ rule_regex('meeting_phrases', where="cue = 'held'") ~ " || ')'" %}
with

detected as not materialized (

    select * from {{ ref('int_meeting_sentences_detected') }}
    where {{ only_new_documents() }}

),

people as not materialized (

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
        end as opener_position,
        case
            when regexp_matches(rest, {{ own_clause_regex }})
                then phrase_position + length(regexp_extract(rest, {{ own_clause_regex }}, 1))
        end as own_clause_position,
        -- from the clause's comma to its meeting phrase (", and Xi also ")
        length(regexp_extract(rest, {{ own_clause_regex }}, 2)) as own_clause_opening_length
    from after_phrase

),

-- the subject of a clause with a meeting of its own: the person named last before its
-- meeting phrase ("…, and Xi also met Pezeshkian"); a clause without one ("…, and also held
-- talks with Li") shares the sentence's subject and opens no clause of its own
own_clause_subjects as (

    select
        people.article_id,
        people.sentence_index,
        any_value(clause_breaks.own_clause_position) as own_clause_position,
        arg_max(people.entity_id, people.position_in_sentence) as own_clause_subject_id
    from people
    inner join clause_breaks
        on people.article_id = clause_breaks.article_id and people.sentence_index = clause_breaks.sentence_index
    where
        people.position_in_sentence > clause_breaks.own_clause_position
        and people.position_in_sentence < clause_breaks.own_clause_position + clause_breaks.own_clause_opening_length
    group by people.article_id, people.sentence_index

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
        any_value(least(clause_breaks.opener_position, own_clause_subjects.own_clause_position))
            as clause_break_position,
        any_value(own_clause_subjects.own_clause_position) as own_clause_position,
        any_value(own_clause_subjects.own_clause_subject_id) as own_clause_subject_id,
        any_value(people.loaded_at) as loaded_at
    from people
    inner join detected
        on people.article_id = detected.article_id and people.sentence_index = detected.sentence_index
    inner join clause_breaks
        on people.article_id = clause_breaks.article_id and people.sentence_index = clause_breaks.sentence_index
    left join own_clause_subjects
        on
            people.article_id = own_clause_subjects.article_id
            and people.sentence_index = own_clause_subjects.sentence_index
    group by people.article_id, people.sentence_index

)

select * from subjects
