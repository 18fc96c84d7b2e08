-- depends_on: {{ ref('date_formats') }}
-- depends_on: {{ ref('month_names') }}
-- The time words of each sentence in articles that report a meeting: an explicit date
-- ("on 18 October 2023"), a day of the month without a year ("on October 18"), a
-- weekday ("on Thursday"), or a relative day ("today", "yesterday", "earlier in the
-- day"). Resolved against a reference date later, never against the load date. A later
-- venue of a sentence (int_meeting_occasions_split: "and at a forum in Ashgabat on 5
-- May") has the time words of its own words too, as occasion_segment n (the whole
-- sentence is 0).
with

meeting_articles as (

    select distinct article_id from {{ ref('int_meeting_sentences_detected') }}
    where {{ only_new_documents() }}

),

detected as not materialized (

    select * from {{ ref('int_meeting_sentences_detected') }}
    where {{ only_new_documents() }}

),

later_occasions as (

    select * from {{ ref('int_meeting_occasions_split') }}
    where {{ only_new_documents() }}

),

whole_sentences as (

    select
        sentences.article_id,
        sentences.sentence_index,
        0 as occasion_segment,
        sentences.sentence_text,
        detected.phrase_position,
        detected.status
    from {{ ref('int_article_sentences_split') }} as sentences
    semi join meeting_articles on sentences.article_id = meeting_articles.article_id
    left join detected
        on sentences.article_id = detected.article_id and sentences.sentence_index = detected.sentence_index
    where {{ only_new_documents('sentences.loaded_at') }}

),

-- the whole sentence, and the words of each later venue it lists
sentences as (

    select * from whole_sentences
    union all
    select
        whole_sentences.article_id,
        whole_sentences.sentence_index,
        later_occasions.occasion_segment,
        substr(
            whole_sentences.sentence_text,
            later_occasions.segment_start,
            later_occasions.segment_end - later_occasions.segment_start
        ) as sentence_text,
        null::integer as phrase_position,
        whole_sentences.status
    from whole_sentences
    inner join later_occasions
        on
            whole_sentences.article_id = later_occasions.article_id
            and whole_sentences.sentence_index = later_occasions.sentence_index

),

-- Of several weekdays in a sentence ("arrives on Tuesday … will hold talks on
-- Wednesday"), the one nearest the meeting phrase, after it rather than before.
weekday_words as (

    select
        article_id,
        sentence_index,
        occasion_segment,
        sentence_text,
        phrase_position,
        status,
        -- with the words of attribution before it ("an official said on Sunday"), if any
        unnest(
            regexp_extract_all(
                lower(sentence_text),
                '(?:\b(?:said|says|told(?: \w+){0,2}|announced|added|confirmed|reported|stated)'
                || '(?: in a statement| in a post)? on )?'
                || '\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?:[''’]s)?'
            )
        ) as weekday_word
    from sentences

),

-- "Tuesday's attack" names another day's event, not the meeting's; and the day a
-- meeting was announced ("are expected to meet this week, an official said on Sunday")
-- is not the planned meeting's day
time_weekdays as (

    select
        article_id,
        sentence_index,
        occasion_segment,
        sentence_text,
        phrase_position,
        regexp_extract(weekday_word, '\w+day$') as weekday
    from weekday_words
    where
        not regexp_matches(weekday_word, '[''’]s$')
        and not coalesce(status = 'planned' and contains(weekday_word, ' on '), false)

),

weekdays as (

    select
        article_id,
        sentence_index,
        occasion_segment,
        arg_min(
            weekday,
            abs(strpos(lower(sentence_text), weekday) - coalesce(phrase_position, 0))
            + case when strpos(lower(sentence_text), weekday) < coalesce(phrase_position, 0) then 1 else 0 end
        ) as weekday,
        list({ 'weekday': weekday, 'position': strpos(lower(sentence_text), weekday) }) as weekday_positions
    from time_weekdays
    group by article_id, sentence_index, occasion_segment

),

-- A date that qualifies a noun ("the February 8 polls", "Pakistan's May 9 riots")
-- names another event's day, not the meeting's: it is taken out before reading dates.
{%- set month_words = '(?:january|february|march|april|may|june|july|august|september|october|november|december'
    ~ '|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?' %}
{%- set day_words = '\\d{1,2}(?:st|nd|rd|th)?' %}

-- A range of days ("on June 13-14, 2019", "13–14 June 2019") is read as its first day,
-- with its year.
dated_text as (

    select
        article_id,
        sentence_index,
        occasion_segment,
        regexp_replace(
            regexp_replace(
                regexp_replace(
                    lower(sentence_text),
                    '\b(?:the|[a-z]+[''’]s) '
                    || '(?:{{ month_words }} {{ day_words }}|{{ day_words }} {{ month_words }})(?:,? \d{4})? [a-z]',
                    ' ',
                    'g'
                ),
                '\b({{ month_words }} \d{1,2})\s*[-–]\s*\d{1,2}\b',
                '\1',
                'g'
            ),
            '\b(\d{1,2})\s*[-–]\s*\d{1,2}( {{ month_words }})',
            '\1\2',
            'g'
        ) as sentence_lower
    from sentences

),

extracted as (

    select
        article_id,
        sentence_index,
        occasion_segment,
        {{ parse_date_text(normalize_date_text('sentence_lower')) }} as explicit_date,
        -- "on October 18" or "on 18 October", without a year
        coalesce(
            nullif(regexp_extract(sentence_lower, '\b({{ month_words }}) ({{ day_words }})\b', 1), ''),
            regexp_extract(sentence_lower, '\b{{ day_words }} ({{ month_words }})\b', 1)
        ) as month_name,
        coalesce(
            nullif(regexp_extract(sentence_lower, '\b{{ month_words }} (\d{1,2})(?:st|nd|rd|th)?\b', 1), ''),
            regexp_extract(sentence_lower, '\b(\d{1,2})(?:st|nd|rd|th)? {{ month_words }}\b', 1)
        ) as day_text,
        case
            when regexp_matches(sentence_lower, '\byesterday\b') then -1
            when regexp_matches(sentence_lower, '\btomorrow\b') then 1
            when
                regexp_matches(
                    sentence_lower,
                    '\b(today|tonight|earlier in the day|earlier today|this morning)\b'
                    -- "has had a telephone conversation": news of the day, in the present perfect
                    || '|\b(has|have) (had|held|met|received|hosted|spoken|talked)\b'
                )
                then 0
        end as relative_days,
        -- "last week", "last month", "earlier this year": a time without a day
        regexp_matches(
            sentence_lower, '\b(last|earlier this|this past) (week|month|year)\b|\b(weeks|months|years) ago\b'
        ) as has_dayless_time
    from dated_text

),

final as (

    select
        extracted.article_id,
        extracted.sentence_index,
        extracted.occasion_segment,
        extracted.explicit_date,
        case
            when extracted.explicit_date is null and extracted.month_name <> ''
                then list_position(
                    ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
                    left(extracted.month_name, 3)
                )
        end as month_number,
        case
            when extracted.explicit_date is null and extracted.month_name <> ''
                then try_cast(extracted.day_text as integer)
        end as day_of_month,
        weekdays.weekday,
        weekdays.weekday_positions,
        extracted.relative_days,
        extracted.has_dayless_time
    from extracted
    left join weekdays
        on
            extracted.article_id = weekdays.article_id
            and extracted.sentence_index = weekdays.sentence_index
            and extracted.occasion_segment = weekdays.occasion_segment

),

-- each article's load, for the incremental watermark
article_loads as (

    select distinct
        article_id,
        loaded_at
    from detected

)

select
    final.*,
    article_loads.loaded_at
from final
left join article_loads on final.article_id = article_loads.article_id
where
    final.explicit_date is not null
    or final.month_number is not null
    or final.weekday is not null
    or final.relative_days is not null
    or final.has_dayless_time
