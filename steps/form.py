"""What a person is told on whichever page is open, beside which field, and that nothing they typed ran."""

from pytest_bdd import parsers, then


@then(parsers.parse('{name} is told "{message}"'))
def told(form, name, message):
    form.expect_told(message, name)


@then(parsers.parse('{name} is told beside the {field} field "{message}"'))
def told_beside_field(form, name, field, message):
    form.expect_message_beside(field, message)


@then(parsers.parse("nothing {name} typed ran as a script"))
@then(parsers.parse("none of {name}'s entries ran as a script"))
def nothing_ran(form, name):
    form.expect_nothing_ran(name)
