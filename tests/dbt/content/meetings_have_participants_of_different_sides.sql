-- Every meeting has two participants, entity_a and entity_b, or more at a joint meeting
-- ("the trilateral summit"), among them entity_a and entity_b, and they do not all
-- represent the same country. Returns the meetings that break it.
with

participants as (

    select
        meeting_id,
        count(*) as participant_count,
        list(entity_id order by entity_id) as entity_ids,
        count(distinct country_code) as country_count,
        count(country_code) as participants_with_country
    from {{ ref('meeting_participants') }}
    group by meeting_id

)

select
    meetings.meeting_id,
    meetings.entity_a,
    meetings.entity_b,
    participants.entity_ids,
    participants.country_count
from {{ ref('meetings') }} as meetings
left join participants on meetings.meeting_id = participants.meeting_id
where
    participants.meeting_id is null
    or participants.participant_count < 2
    or not list_has_all(participants.entity_ids, [meetings.entity_a, meetings.entity_b])
    or (
        participants.participants_with_country = participants.participant_count
        and participants.country_count < 2
    )
