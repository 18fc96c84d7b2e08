-- One row per meeting with its participants and topics flattened to text, for
-- timelines and tables in BI tools that do not read lists.
with

meetings as (

    select * from {{ ref('meetings') }}

),

participants as (

    select * from {{ ref('meeting_participants') }}

),

flattened_participants as (

    select
        meeting_id,
        string_agg(
            name || coalesce(' (' || coalesce(role || ', ', '') || country_code || ')', ''), ' — ' order by name
        ) as participants,
        string_agg(distinct coalesce(country_code, 'XX'), '–' order by coalesce(country_code, 'XX')) as country_pair
    from participants
    group by meeting_id

),

timeline as (

    select
        meetings.meeting_id,
        meetings.meeting_date,
        meetings.location,
        meetings.mode,
        meetings.status,
        meetings.kind,
        flattened_participants.participants,
        flattened_participants.country_pair,
        array_to_string(meetings.topics, ', ') as topics,
        meetings.source_count,
        meetings.evidence
    from meetings
    left join flattened_participants on meetings.meeting_id = flattened_participants.meeting_id

)

select * from timeline
