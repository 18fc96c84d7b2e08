{#- Fails for every combination of the columns that occurs more than once, e.g. a
    (document_id, line_number) pair that names two lines. dbt has no built-in test for
    a compound key and the project takes no packages from the hub, so it is here. -#}
{% test unique_combination_of_columns(model, combination_of_columns) %}

    select
        {{ combination_of_columns | join(', ') }},
        count(*) as occurrences
    from {{ model }}
    group by {{ combination_of_columns | join(', ') }}
    having count(*) > 1

{% endtest %}
