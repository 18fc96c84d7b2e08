-- Offsets are truth: every mention's surface is exactly the body text between its
-- offsets (0-based, end exclusive), and the span is not empty. Returns the mentions
-- that break it. Checks the mentions this build wrote (macros/build_scope.sql).
select
    mentions.mention_id,
    mentions.article_id,
    mentions.surface,
    mentions.char_start,
    mentions.char_end,
    substr(articles.body, mentions.char_start + 1, mentions.char_end - mentions.char_start) as body_text
from {{ ref('mentions') }} as mentions
inner join {{ ref('articles') }} as articles on mentions.article_id = articles.article_id
where
    {{ built_in_this_run('mentions.loaded_at') }}
    and (
        mentions.char_start < 0
        or mentions.char_end <= mentions.char_start
        or mentions.char_end > length(articles.body)
        or substr(articles.body, mentions.char_start + 1, mentions.char_end - mentions.char_start)
        is distinct from mentions.surface
    )
