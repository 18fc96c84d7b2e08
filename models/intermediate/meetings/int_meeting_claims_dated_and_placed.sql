-- Each article's claim with its day and place. Day: the time words of the claim's own
-- sentences (first those telling it as held, or as planned when it is planned; never
-- one that names only one of the two), else (for a held meeting the article reports,
-- not a planned or recalled one) of the two sentences before, else of the article's
-- first sentence, unless that sentence tells of another pair's meeting; resolved
-- against the publication date (a weekday to the latest such day on or before it, or
-- the next one for a planned meeting). A forum's dates are not the meeting's day: a
-- bilateral on its sidelines may fall on any of them. A weekday in an undated article
-- is kept for the clustering step. Place: a city (or a landmark of the landmark_cities
-- seed: "at the Kremlin" is in Moscow) after "in" or "at" in the claim's sentences, or
-- naming the meeting ("the Moscow talks") (a place said of the meeting beats the
-- dateline), else the dateline city for a meeting in person the article reports (the
-- meetings mart keeps an announcement's dateline only for a meeting reported as held),
-- else the forum's city. Of several places in the sentence naming the pair, the first
-- after the second person named ("met B in Beijing and C in Tashkent"). A later venue
-- the sentence lists ("and at a forum in Ashgabat on Friday") takes only its own place
-- and time words. Never the load date.
with

claims as not materialized (

    select * from {{ ref('int_meeting_claims_merged_in_article') }}
    where {{ only_new_documents() }}

),

articles as (

    select
        article_id,
        published_date,
        dateline
    from {{ ref('int_articles_finalized') }}
    where {{ only_new_documents() }}

),

-- the pairs whose claims take in each sentence: a neighbouring sentence's time words
-- are not borrowed when they tell of another pair's meeting
sentence_pairs as (

    select
        article_id,
        sentence_index,
        list(distinct entity_a || '|' || entity_b order by entity_a || '|' || entity_b) as pairs
    from (
        select
            article_id,
            entity_a,
            entity_b,
            unnest(sentence_indexes) as sentence_index
        from claims
    ) as claim_sentences
    group by article_id, sentence_index

),

sentence_dates as (

    select
        sentence_dates.*,
        sentence_pairs.pairs
    from {{ ref('int_sentence_dates_found') }} as sentence_dates
    left join sentence_pairs
        on
            sentence_dates.article_id = sentence_pairs.article_id
            and sentence_dates.sentence_index = sentence_pairs.sentence_index
    where {{ only_new_documents('sentence_dates.loaded_at') }}

),

sentences as (

    select * from {{ ref('int_article_sentences_split') }}
    where {{ only_new_documents() }}

),

mentions as (

    select * from {{ ref('int_mentions_combined') }}
    where {{ only_new_documents() }}

),

entities as not materialized (

    select * from {{ ref('int_entities_listed') }}

),

events as (

    select * from {{ ref('gazetteer_events') }}

),

-- "at the Kremlin": the city a seat or landmark stands in
landmarks as (

    select
        landmark_cities.entity_id,
        cities.name as city,
        cities.country_code as city_country_code
    from {{ ref('landmark_cities') }} as landmark_cities
    inner join entities as cities on landmark_cities.city_entity_id = cities.entity_id

),

date_words_found as (

    select
        claims.article_id,
        claims.entity_a,
        claims.entity_b,
        claims.occasion,
        arg_min(
            sentence_dates,  -- noqa: RF02
            [
                case
                    when list_contains(claims.status_sentence_indexes, sentence_dates.sentence_index) then 0
                    when list_contains(claims.day_sentence_indexes, sentence_dates.sentence_index) then 1
                    when sentence_dates.sentence_index = 0 and claims.first_sentence_index > 2 then 3
                    else 2
                end,
                abs(sentence_dates.sentence_index - claims.first_sentence_index)
            ]
        ) as found
    from claims
    inner join sentence_dates
        on
            claims.article_id = sentence_dates.article_id
            -- a later venue of a sentence has only the time words said in it
            and claims.occasion_segment = sentence_dates.occasion_segment
            and (claims.occasion_segment = 0 or claims.first_sentence_index = sentence_dates.sentence_index)
            and (
                list_contains(claims.day_sentence_indexes, sentence_dates.sentence_index)
                -- a planned or recalled meeting has a day only when its own sentences give it
                or (
                    claims.status = 'held'
                    and not claims.is_recalled
                    and list_has_all([claims.entity_a || '|' || claims.entity_b], coalesce(sentence_dates.pairs, []))
                    and (
                        sentence_dates.sentence_index between claims.first_sentence_index - 2
                        and claims.first_sentence_index
                        or sentence_dates.sentence_index = 0
                    )
                )
            )
    group by claims.article_id, claims.entity_a, claims.entity_b, claims.occasion

),

-- Of several weekdays in the sentence naming the pair, the one nearest after the
-- second person named ("talks with Modi on Tuesday and with Pezeshkian on Wednesday").
date_words as (

    select
        date_words_found.*,
        case
            when
                date_words_found.found.sentence_index = claims.first_sentence_index
                and claims.occasion_segment = 0
                and claims.first_pair_position is not null
                and len(date_words_found.found.weekday_positions) > 1
                then list_sort(
                    list_transform(
                        date_words_found.found.weekday_positions,
                        candidate -> struct_pack(
                            distance := abs(candidate.position - claims.first_pair_position)
                            + case when candidate.position < claims.first_pair_position then 1000 else 0 end,
                            weekday := candidate.weekday
                        )
                    )
                )[1].weekday
            else date_words_found.found.weekday
        end as weekday
    from date_words_found
    inner join claims
        on
            date_words_found.article_id = claims.article_id
            and date_words_found.entity_a = claims.entity_a
            and date_words_found.entity_b = claims.entity_b
            and date_words_found.occasion = claims.occasion

),

claim_mentions as (

    select
        claims.article_id,
        claims.entity_a,
        claims.entity_b,
        claims.occasion,
        mentions.sentence_index,
        mentions.char_start,
        -- the first place after the second person named, in the sentence naming the pair
        mentions.sentence_index = claims.pair_sentence_indexes[1]
        and mentions.char_start - sentences.char_start + 1 > claims.first_pair_position as follows_the_pair,
        mentions.entity_id,
        case when landmarks.city is not null then 'place' else entities.entity_type end as entity_type,
        coalesce(landmarks.city, entities.name) as name,
        coalesce(landmarks.city_country_code, entities.country_code) as country_code,
        (
            {{ places_a_meeting('substr(sentences.sentence_text, 1, mentions.char_start - sentences.char_start)') }}
            -- "the upcoming Moscow talks": a city naming the meeting
            or regexp_matches(
                substr(sentences.sentence_text, mentions.char_end - sentences.char_start + 1, 12),
                '^ (talks|summit|meeting)\b'
            )
        )
        -- "in the Volga city of Kazan": the place is Kazan
        and not regexp_matches(
            substr(sentences.sentence_text, mentions.char_end - sentences.char_start + 1, 24),
            '^ (city|capital|town|port|resort|region) of '
        ) as places_the_meeting
    from claims
    inner join mentions
        on
            claims.article_id = mentions.article_id
            and list_contains(claims.sentence_indexes, mentions.sentence_index)
    inner join entities on mentions.entity_id = entities.entity_id
    left join landmarks on mentions.entity_id = landmarks.entity_id
    inner join sentences
        on mentions.article_id = sentences.article_id and mentions.sentence_index = sentences.sentence_index
    where
        (entities.entity_type in ('place', 'event') or landmarks.city is not null)
        -- a later venue of a sentence has only the places said in it
        and (
            claims.occasion_segment = 0
            or mentions.char_start - sentences.char_start + 1 between claims.segment_start and claims.segment_end - 1
        )

),

named_places as (

    select
        article_id,
        entity_a,
        entity_b,
        occasion,
        arg_min(name, [sentence_index, (not coalesce(follows_the_pair, false))::integer, char_start]) as location
    from claim_mentions
    -- a city has a country; "in the Middle East" names a region, not the meeting's city
    where entity_type = 'place' and places_the_meeting and country_code is not null
    group by article_id, entity_a, entity_b, occasion

),

named_events as (

    select
        claim_mentions.article_id,
        claim_mentions.entity_a,
        claim_mentions.entity_b,
        claim_mentions.occasion,
        arg_min(events, [claim_mentions.sentence_index, claim_mentions.char_start]) as event  -- noqa: RF02
    from claim_mentions
    inner join events on claim_mentions.entity_id = events.entity_id
    where claim_mentions.entity_type = 'event'
    group by claim_mentions.article_id, claim_mentions.entity_a, claim_mentions.entity_b, claim_mentions.occasion

),

resolved as (

    select
        claims.*,
        articles.published_date,
        coalesce(
            date_words.found.explicit_date,
            {{ resolve_month_day(
                'date_words.found.month_number', 'date_words.found.day_of_month', 'articles.published_date',
                "claims.status = 'planned'"
            ) }},
            {{ resolve_weekday('date_words.weekday', 'articles.published_date', "claims.status = 'planned'") }},
            articles.published_date + date_words.found.relative_days
        ) as meeting_date,
        case
            when articles.published_date is null then date_words.weekday
        end as unresolved_weekday,
        case
            when date_words.found.explicit_date is not null then 'explicit'
            when date_words.found.weekday is not null and articles.published_date is not null then 'weekday'
            when date_words.found.relative_days is not null and articles.published_date is not null then 'relative'
        end as date_source,
        -- a place said in the claim's sentences; the dateline; the forum's city
        case
            when claims.mode <> 'in_person' then null
            when named_places.location is not null then named_places.location
            when not claims.is_recalled and claims.occasion_segment = 0 and articles.dateline is not null
                then articles.dateline
            else named_events.event.city
        end as location,
        -- the place is only where the report was filed (the meetings mart uses an
        -- announcement's dateline only for a meeting some report tells as held)
        coalesce(
            claims.mode = 'in_person' and named_places.location is null and not claims.is_recalled
            and claims.occasion_segment = 0 and articles.dateline is not null,
            false
        ) as is_dateline_place
    from claims
    inner join articles on claims.article_id = articles.article_id
    left join date_words
        on
            claims.article_id = date_words.article_id
            and claims.entity_a = date_words.entity_a
            and claims.entity_b = date_words.entity_b
            and claims.occasion = date_words.occasion
    left join named_places
        on
            claims.article_id = named_places.article_id
            and claims.entity_a = named_places.entity_a
            and claims.entity_b = named_places.entity_b
            and claims.occasion = named_places.occasion
    left join named_events
        on
            claims.article_id = named_events.article_id
            and claims.entity_a = named_events.entity_a
            and claims.entity_b = named_events.entity_b
            and claims.occasion = named_events.occasion

)

select * from resolved
