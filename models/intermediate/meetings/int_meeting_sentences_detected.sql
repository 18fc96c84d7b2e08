-- depends_on: {{ ref('meeting_phrases') }}
-- Sentences that state a meeting, per the meeting_phrases seed: the most specific
-- phrase gives the kind ("farewell call" over "meeting"), a phone or video phrase the
-- mode, a planned cue ("will meet", "is expected to call on") before any held phrase
-- the status (`named` when a meeting is only named, "the meeting between A and B"); a
-- recalled cue ("their last meeting", "met in October") marks an earlier meeting, kept
-- apart from the one reported. Sentences with a not_meeting cue (an
-- invitation to visit, "frequent contact") are left out. One
-- regular expression of all phrases finds the few sentences worth joining to the seed.
with

sentences as (

    select * from {{ ref('int_article_sentences_split') }}
    where {{ only_new_documents() }}

),

candidates as (

    select
        *,
        lower(sentence_text) as sentence_lower
    from sentences
    where regexp_matches(lower(sentence_text), {{ rule_regex('meeting_phrases') }})

),

-- one branch per phrase of the seed, its pattern a constant (the loop confuses the
-- layout linter from here on)
-- noqa: disable=LT02
cues as (

    {% for phrase in seed_rows('meeting_phrases', 'priority') %}
        select
            article_id,
            sentence_index,
            {{ sql_literal(phrase.kind) }} as kind,
            {{ sql_literal(phrase.mode) }} as mode,
            {{ sql_literal(phrase.cue) }} as cue,
            {{ phrase.priority }} as priority,
            {{ sql_literal(phrase.yields_to_in_person or false) }} as yields_to_in_person,
            {{ sql_literal(phrase.is_joint or false) }} as is_joint,
            length(regexp_extract(sentence_lower, {{ sql_literal('^(.*?)(?:' ~ phrase.pattern ~ ')') }}, 1))
            + 1 as phrase_position
        from candidates
        where regexp_matches(sentence_lower, {{ sql_literal(phrase.pattern) }})
        {% if not loop.last %}union all{% endif %}
    {% else %}
        select
            article_id,
            sentence_index,
            null as kind,
            null as mode,
            null as cue,
            null::integer as priority,
            null::boolean as yields_to_in_person,
            null::boolean as is_joint,
            null::integer as phrase_position
        from candidates
        where false
    {% endfor %}

),

summarised as (

    select
        article_id,
        sentence_index,
        -- a meeting named ("the meeting between A and B") gives a kind like a held one
        arg_min(kind, priority) filter (where cue in ('held', 'named')) as held_kind,
        arg_min(kind, priority) filter (where cue = 'planned') as planned_kind,
        -- "spoke with" is a call unless the sentence says the two were together
        coalesce(
            arg_min(mode, priority) filter (where mode in ('phone', 'video') and not yields_to_in_person),
            case
                when not bool_or(mode = 'in_person' and cue in ('held', 'named'))
                    then arg_min(mode, priority) filter (where mode in ('phone', 'video'))
            end
        ) as remote_mode,
        -- where the meeting is first stated: the subject of the sentence stands before it
        coalesce(
            min(phrase_position) filter (where cue in ('held', 'named')),
            min(phrase_position) filter (where cue = 'planned')
        ) as phrase_position,
        min(phrase_position) filter (where cue = 'held') as first_held_position,
        min(phrase_position) filter (where cue = 'planned') as first_planned_position,
        -- sorted by priority: the first is the most specific
        list({ 'priority': priority, 'position': phrase_position, 'kind': kind } order by priority) filter (
            where cue in ('held', 'named')
        ) as held_cues,
        -- "during the meeting on Wednesday": the sentence names the meeting itself
        bool_or(cue = 'named') as names_the_meeting,
        bool_or(cue = 'not_meeting') as has_negative_cue,
        -- "the trilateral summit": everyone named met at one table
        bool_or(is_joint) as is_joint,
        bool_or(cue = 'recalled') and not bool_or(cue = 'reported') as has_recall_cue
    from cues
    group by article_id, sentence_index

),

detected as (

    select
        summarised.article_id,
        summarised.sentence_index,
        candidates.paragraph_index,
        candidates.sentence_text,
        coalesce(summarised.held_kind, summarised.planned_kind) as kind,
        coalesce(summarised.remote_mode, 'in_person') as mode,
        summarised.phrase_position,
        summarised.first_planned_position,
        coalesce(summarised.held_cues, []) as held_cues,
        summarised.names_the_meeting,
        summarised.is_joint,
        -- "will hold talks" is planned; "met X and will meet Y" reports a held meeting first;
        -- "the meeting between A and B marks …" names one without saying whether it took place
        case
            when summarised.first_planned_position <= coalesce(summarised.first_held_position, 2147483647)
                then 'planned'
            when summarised.first_held_position is null then 'named'
            else 'held'
        end as status,
        -- an earlier meeting the article recalls ("their last meeting", "met in October"),
        -- unless the sentence gives the day of a meeting it reports ("on Friday")
        coalesce(
            summarised.has_recall_cue
            and summarised.first_planned_position is null
            and not regexp_matches(
                candidates.sentence_lower,
                '\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|this morning)\b'
            ),
            false
        ) as is_recalled
    from summarised
    inner join candidates
        on
            summarised.article_id = candidates.article_id
            and summarised.sentence_index = candidates.sentence_index
    where
        not summarised.has_negative_cue
        and coalesce(summarised.held_kind, summarised.planned_kind) is not null

),

-- each article's load, for the incremental watermark (from the articles, a small
-- table, so the sentences are read once)
article_loads as (

    select
        article_id,
        loaded_at
    from {{ ref('int_articles_finalized') }}
    where {{ only_new_documents() }}

)

select
    detected.*,
    article_loads.loaded_at
from detected
left join article_loads on detected.article_id = article_loads.article_id
