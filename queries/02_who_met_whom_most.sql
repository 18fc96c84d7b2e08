-- Who met whom most: pairs of people who took part in the same meetings.
with people as (
    select
        meeting_participants.meeting_id,
        meeting_participants.entity_id,
        meeting_participants.name,
        meeting_participants.country_code
    from meeting_participants
    inner join entities on meeting_participants.entity_id = entities.entity_id
    where entities.entity_type = 'person'
),

pairs as (
    select
        first_person.meeting_id,
        first_person.name as first_name,
        first_person.country_code as first_country,
        second_person.name as second_name,
        second_person.country_code as second_country
    from people as first_person
    inner join people as second_person
        on
            first_person.meeting_id = second_person.meeting_id
            and first_person.entity_id < second_person.entity_id
)

select
    pairs.first_name,
    pairs.first_country,
    pairs.second_name,
    pairs.second_country,
    count(distinct pairs.meeting_id) as meetings,
    min(meetings.meeting_date) as first_met,
    max(meetings.meeting_date) as last_met
from pairs
inner join meetings on pairs.meeting_id = meetings.meeting_id
group by all
order by meetings desc, last_met desc nulls last, pairs.first_name asc, pairs.second_name asc
limit 25;
