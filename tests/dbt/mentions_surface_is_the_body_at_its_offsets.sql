-- Offsets are truth: every mention's surface is exactly the text between its offsets
-- (0-based, end exclusive), and the span is not empty. Read in the mention's sentence,
-- which is the body at its own offsets (sentences_are_the_body_at_their_offsets): a
-- substr deep into a long body scans it from its start, one into a sentence does not.
-- Returns the mentions that break it. Checks the mentions this build wrote
-- (macros/build_scope.sql), against the sentences it wrote: a mention's article, and so
-- its sentences, came in the same load.
with

mentions as (

    select * from {{ ref('mentions') }}
    where {{ built_in_this_run('loaded_at') }}

),

sentences as (

    select * from {{ ref('int_article_sentences_split') }}
    where {{ built_in_this_run('loaded_at') }}

)

select
    mentions.mention_id,
    mentions.article_id,
    mentions.surface,
    mentions.char_start,
    mentions.char_end,
    substr(
        sentences.sentence_text,
        mentions.char_start - sentences.char_start + 1,
        mentions.char_end - mentions.char_start
    ) as body_text
from mentions
left join sentences
    on
        mentions.article_id = sentences.article_id
        and mentions.sentence_index = sentences.sentence_index
where
    mentions.char_start < 0
    or mentions.char_end <= mentions.char_start
    or sentences.article_id is null
    or mentions.char_start < sentences.char_start
    or mentions.char_end > sentences.char_end
    or substr(
        sentences.sentence_text,
        mentions.char_start - sentences.char_start + 1,
        mentions.char_end - mentions.char_start
    )
    is distinct from mentions.surface
