{#- Fails for every row where all the columns are null, e.g. a row of the outlets seed
    that gives neither an alias nor a domain. -#}
{% test at_least_one_not_null(model, columns) %}

    select *
    from {{ model }}
    where coalesce({{ columns | join(', ') }}) is null

{% endtest %}
