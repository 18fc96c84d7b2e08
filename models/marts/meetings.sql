-- One row per real-world meeting, however many articles report it.
with

claims as (

    select
        *,
        bool_or(status = 'held') over (partition by meeting_id) as meeting_is_held
    from {{ ref('int_meeting_claims_clustered') }}

),

topics as (

    select * from {{ ref('int_meeting_topics_found') }}

),

kind_ranks as (

    select * from {{ ref('int_meeting_kinds_ranked') }}

),

-- a place said of the meeting beats a dateline (where a report was filed); an
-- announcement's dateline places a meeting only once a report tells it as held; among
-- places of the same kind the one most reports give, ties to the first name
location_votes as (

    select
        meeting_id,
        location,
        is_dateline_place,
        count(*) as reports
    from claims
    where location is not null and (not is_dateline_place or meeting_is_held)
    group by meeting_id, location, is_dateline_place

),

locations as (

    select
        meeting_id,
        arg_min(location, (is_dateline_place, -reports, location)) as location
    from location_votes
    group by meeting_id

),

date_source_ranks as (

    select
        'explicit' as date_source,
        1 as date_rank
    union all
    select
        'weekday' as date_source,
        2 as date_rank
    union all
    select
        'relative' as date_source,
        3 as date_rank

),

summarised as (

    select
        claims.meeting_id,
        min(claims.entity_a) as entity_a,
        min(claims.entity_b) as entity_b,
        -- the date of a held meeting comes from the reports of it as held (a report cannot
        -- tell of a meeting held after its own publication), else from an announcement
        arg_min(claims.meeting_date, [date_source_ranks.date_rank, epoch(claims.meeting_date)]) filter (
            where
            claims.status = 'held'
            and claims.meeting_date <= coalesce(claims.published_date, claims.meeting_date)
        ) as held_claim_date,
        arg_min(claims.meeting_date, [date_source_ranks.date_rank, epoch(claims.meeting_date)]) filter (
            where claims.status = 'planned'
        ) as planned_claim_date,
        -- a weekday from an undated article, read against its fellow sources' dates
        min(claims.unresolved_weekday) as unresolved_weekday,
        max(claims.published_date) as latest_published_date,
        -- a meeting reported as held with no day said in any report: the day of its first report
        case
            when count(claims.meeting_date) = 0
                then min(claims.published_date) filter (where claims.status = 'held' and not claims.is_recalled)
        end as first_report_date,
        case
            when count(*) filter (where claims.mode = 'phone') > count(*) filter (where claims.mode <> 'phone')
                then 'phone'
            when count(*) filter (where claims.mode = 'video') > count(*) filter (where claims.mode <> 'video')
                then 'video'
            else 'in_person'
        end as mode,
        case when bool_or(claims.status = 'held') then 'held' else 'planned' end as status,
        arg_min(claims.kind, kind_ranks.kind_rank) as kind,
        count(distinct claims.article_id)::integer as source_count,
        -- a held report first, then the earliest report, its first sentence; ties to the article id
        -- (then, of an article's several claims of a joint meeting, as meeting_sources picks)
        arg_min(
            claims.evidence,
            (
                (claims.status <> 'held')::integer,
                coalesce(epoch(claims.published_date), 0),
                claims.first_sentence_index,
                claims.article_id,
                claims.evidence_sentence_index
            )
        ) as evidence
    from claims
    left join kind_ranks on claims.kind = kind_ranks.kind
    left join date_source_ranks on claims.date_source = date_source_ranks.date_source
    group by claims.meeting_id

),

final as (

    select
        summarised.meeting_id,
        coalesce(
            case
                when summarised.held_claim_date <= coalesce(summarised.latest_published_date, date '9999-12-31')
                    then summarised.held_claim_date
            end,
            case
                when
                    summarised.status = 'planned'
                    or summarised.planned_claim_date <= coalesce(summarised.latest_published_date, date '9999-12-31')
                    then summarised.planned_claim_date
            end,
            {{ resolve_weekday(
                'summarised.unresolved_weekday',
                'summarised.latest_published_date',
                "summarised.status = 'planned'"
            ) }},
            summarised.first_report_date
        ) as meeting_date,
        locations.location,
        summarised.mode,
        summarised.status,
        summarised.kind,
        coalesce(topics.topics, []::varchar[]) as topics,
        summarised.source_count,
        summarised.evidence,
        summarised.entity_a,
        summarised.entity_b
    from summarised
    left join topics on summarised.meeting_id = topics.meeting_id
    left join locations on summarised.meeting_id = locations.meeting_id

)

select * from final
