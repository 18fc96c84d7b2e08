-- depends_on: {{ ref('date_formats') }}
-- depends_on: {{ ref('month_names') }}
-- The time words of each sentence in articles that report a meeting: an explicit date
-- ("on 18 October 2023"), a day of the month without a year ("on October 18"), a
-- weekday ("on Thursday"), or a relative day ("today", "yesterday", "earlier in the
-- day"). Resolved against a reference date later, never against the load date.
with

meeting_articles as (

    select distinct article_id from {{ ref('int_meeting_sentences_detected') }}
    where {{ only_new_documents() }}

),

detected as (

    select * from {{ ref('int_meeting_sentences_detected') }}
    where {{ only_new_documents() }}

),

sentences as (

    select
        sentences.*,
        detected.phrase_position
    from {{ ref('int_article_sentences_split') }} as sentences
    semi join meeting_articles on sentences.article_id = meeting_articles.article_id
    left join detected
        on sentences.article_id = detected.article_id and sentences.sentence_index = detected.sentence_index
    where {{ only_new_documents('sentences.loaded_at') }}

),

-- Of several weekdays in a sentence ("arrives on Tuesday … will hold talks on
-- Wednesday"), the one nearest the meeting phrase, after it rather than before.
weekday_words as (

    select
        article_id,
        sentence_index,
        sentence_text,
        phrase_position,
        -- "Tuesday's attack" names another day's event, not the meeting's
        unnest(
            regexp_extract_all(
                lower(sentence_text), '\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?:[''’]s)?'
            )
        ) as weekday_word
    from sentences

),

time_weekdays as (

    select
        article_id,
        sentence_index,
        sentence_text,
        phrase_position,
        weekday_word as weekday
    from weekday_words
    where not regexp_matches(weekday_word, '[''’]s$')

),

weekdays as (

    select
        article_id,
        sentence_index,
        arg_min(
            weekday,
            abs(strpos(lower(sentence_text), weekday) - coalesce(phrase_position, 0))
            + case when strpos(lower(sentence_text), weekday) < coalesce(phrase_position, 0) then 1 else 0 end
        ) as weekday,
        list({ 'weekday': weekday, 'position': strpos(lower(sentence_text), weekday) }) as weekday_positions
    from time_weekdays
    group by article_id, sentence_index

),

extracted as (

    select
        article_id,
        sentence_index,
        {{ parse_date_text(normalize_date_text('sentence_text')) }} as explicit_date,
        regexp_extract(
            lower(sentence_text),
            '\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr'
            || '|jun|jul|aug|sep|sept|oct|nov|dec)\.? (\d{1,2})(?:st|nd|rd|th)?\b',
            ['month_name', 'day']
        ) as month_day,
        case
            when regexp_matches(lower(sentence_text), '\byesterday\b') then -1
            when regexp_matches(lower(sentence_text), '\btomorrow\b') then 1
            when
                regexp_matches(
                    lower(sentence_text), '\b(today|tonight|earlier in the day|earlier today|this morning)\b'
                )
                then 0
        end as relative_days
    from sentences

),

final as (

    select
        extracted.article_id,
        extracted.sentence_index,
        extracted.explicit_date,
        case
            when extracted.explicit_date is null and extracted.month_day.month_name <> ''
                then list_position(
                    ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
                    left(extracted.month_day.month_name, 3)
                )
        end as month_number,
        case
            when extracted.explicit_date is null and extracted.month_day.month_name <> ''
                then try_cast(extracted.month_day.day as integer)
        end as day_of_month,
        weekdays.weekday,
        weekdays.weekday_positions,
        extracted.relative_days
    from extracted
    left join weekdays
        on extracted.article_id = weekdays.article_id and extracted.sentence_index = weekdays.sentence_index

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
