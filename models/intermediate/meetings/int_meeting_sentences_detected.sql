-- depends_on: {{ ref('meeting_phrases') }}
-- Sentences that state a meeting, per the meeting_phrases seed: the most specific
-- phrase gives the kind ("farewell call" over "meeting"), a phone or video phrase the
-- mode, a planned cue ("will meet", "is expected to call on") before any held phrase
-- the status (`named` when a meeting is only named, "the meeting between A and B"); a
-- recalled cue ("their last meeting", "met in October") marks an earlier meeting, kept
-- apart from the one reported. Sentences with a not_meeting cue (an
-- invitation to visit, "frequent contact") are left out. One
-- regular expression of the phrases that state a meeting (held, named or planned; the
-- other cues only qualify one) finds the few sentences worth reading for every phrase.
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
    where regexp_matches(
        lower(sentence_text), {{ rule_regex('meeting_phrases', where="cue in ('held', 'named', 'planned')") }}
    )

),

-- Each candidate's cues, one struct per phrase of the seed found in it (its pattern a
-- constant), gathered in the candidate's own row: no branch per phrase reading the
-- candidates again, and no aggregate holding every sentence's cues (DuckDB cannot spill
-- an ordered list aggregate; at a million articles it ran out of memory).
-- (materialized: the next step reads the cues a dozen times, and DuckDB would otherwise
-- compute them again for each read, which took twice the time at 100k articles)
-- (the loop confuses the layout linter from here on)
-- noqa: disable=LT02
cued as materialized (

    select
        article_id,
        sentence_index,
        paragraph_index,
        sentence_text,
        sentence_lower,
        list_filter(
            [
                {% for phrase in seed_rows('meeting_phrases', 'priority') %}
                    {
                        'priority': {{ phrase.priority }},
                        'kind': {{ sql_literal(phrase.kind) }},
                        'mode': {{ sql_literal(phrase.mode) }},
                        'cue': {{ sql_literal(phrase.cue) }},
                        'yields_to_in_person': {{ sql_literal(phrase.yields_to_in_person or false) }},
                        'is_joint': {{ sql_literal(phrase.is_joint or false) }},
                        'position': case
                            when regexp_matches(sentence_lower, {{ sql_literal(phrase.pattern) }})
                                then length(
                                    regexp_extract(sentence_lower, {{ sql_literal('^(.*?)(?:' ~ phrase.pattern ~ ')') }}, 1)
                                ) + 1
                        end
                    }{% if not loop.last %},{% endif %}
                {% endfor %}
            ],
            cue -> cue.position is not null
        ) as cues
    from candidates

),

-- sorted by priority (the structs' first field): the first is the most specific
summarised as (

    select
        * exclude (cues),
        -- a meeting named ("the meeting between A and B") gives a kind like a held one
        list_filter(cues, cue -> cue.cue in ('held', 'named'))[1].kind as held_kind,
        list_filter(cues, cue -> cue.cue = 'planned')[1].kind as planned_kind,
        -- "spoke with" is a call unless the sentence says the two were together
        coalesce(
            list_filter(cues, cue -> cue.mode in ('phone', 'video') and not cue.yields_to_in_person)[1].mode,
            case
                when
                    not list_bool_or(
                        list_transform(cues, cue -> cue.mode = 'in_person' and cue.cue in ('held', 'named'))
                    )
                    then list_filter(cues, cue -> cue.mode in ('phone', 'video'))[1].mode
            end
        ) as remote_mode,
        -- where the meeting is first stated: the subject of the sentence stands before it
        coalesce(
            list_min(list_transform(list_filter(cues, cue -> cue.cue in ('held', 'named')), cue -> cue.position)),
            list_min(list_transform(list_filter(cues, cue -> cue.cue = 'planned'), cue -> cue.position))
        ) as phrase_position,
        list_min(list_transform(list_filter(cues, cue -> cue.cue = 'held'), cue -> cue.position))
            as first_held_position,
        list_min(list_transform(list_filter(cues, cue -> cue.cue = 'planned'), cue -> cue.position))
            as first_planned_position,
        list_transform(
            list_filter(cues, cue -> cue.cue in ('held', 'named')),
            cue -> { 'priority': cue.priority, 'position': cue.position, 'kind': cue.kind }
        ) as held_cues,
        -- "during the meeting on Wednesday": the sentence names the meeting itself
        list_bool_or(list_transform(cues, cue -> cue.cue = 'named')) as names_the_meeting,
        list_bool_or(list_transform(cues, cue -> cue.cue = 'not_meeting')) as has_negative_cue,
        -- "the trilateral summit": everyone named met at one table
        list_bool_or(list_transform(cues, cue -> cue.is_joint)) as is_joint,
        list_bool_or(list_transform(cues, cue -> cue.cue = 'recalled'))
        and not list_bool_or(list_transform(cues, cue -> cue.cue = 'reported')) as has_recall_cue
    from cued
    where len(cues) > 0

),

detected as (

    select
        summarised.article_id,
        summarised.sentence_index,
        summarised.paragraph_index,
        summarised.sentence_text,
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
                summarised.sentence_lower,
                '\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|this morning)\b'
            ),
            false
        ) as is_recalled
    from summarised
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
