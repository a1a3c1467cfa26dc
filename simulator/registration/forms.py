"""The registration forms (WTForms): the wizard's four steps, activation, upgrade and linking."""

from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField, SelectChoice, SelectField, StringField, TelField
from wtforms.validators import DataRequired, Length, ValidationError
from wtforms.widgets import DateInput

from .. import cards
from ..accounts import LOGIN_MAX, PASSWORD_MAX
from ..db import now
from ..validation import PlainText, strip
from .rules import (
    ACTIVATION_CODE_FORMAT,
    ACTIVATION_CODE_MAX,
    AGENCY_MAX,
    ANSWER_MAX,
    CARD_FIELD_MAX,
    CARD_HOLDER_MAX,
    CARD_NUMBER_MAX,
    CITY_MAX,
    COMMERCIAL,
    COMMERCIAL_TYPES,
    COUNTY_MAX,
    EMAIL_MAX,
    GOVERNMENT_BOX,
    GOVERNMENT_TYPES,
    INDIVIDUAL_TYPES,
    NAME_MAX,
    PASSWORD_LENGTH,
    PASSWORDS_DIFFER,
    PHONE_MAX,
    POSTAL_CODE_FORMAT,
    SECURITY_QUESTIONS,
    STREET_MAX,
    TAX_ID_FORMAT,
    TAX_ID_MAX,
    USERNAME_LENGTH,
    USERNAME_MAX,
    activation_code_problem,
    business_tax_id_problem,
    county_problem,
    date_of_birth_problem,
    email_problem,
    has_letters,
    phone_problem,
    postal_code_problem,
    user_type_problem,
)

USER_TYPE_CHOICES = [
    SelectChoice("", "Select User Type"),
    SelectChoice(COMMERCIAL),
    *(SelectChoice(kind, optgroup="Government Accounts") for kind in GOVERNMENT_TYPES),
    *(SelectChoice(kind, optgroup="Individual Accounts") for kind in INDIVIDUAL_TYPES),
]
QUESTION_CHOICES = [SelectChoice("", "Select a question"), *(SelectChoice(q) for q in SECURITY_QUESTIONS)]

STATES = (
    ("AL", "Alabama"), ("AK", "Alaska"), ("AZ", "Arizona"), ("AR", "Arkansas"), ("CA", "California"),
    ("CO", "Colorado"), ("CT", "Connecticut"), ("DE", "Delaware"), ("DC", "District of Columbia"),
    ("FL", "Florida"), ("GA", "Georgia"), ("HI", "Hawaii"), ("ID", "Idaho"), ("IL", "Illinois"),
    ("IN", "Indiana"), ("IA", "Iowa"), ("KS", "Kansas"), ("KY", "Kentucky"), ("LA", "Louisiana"),
    ("ME", "Maine"), ("MD", "Maryland"), ("MA", "Massachusetts"), ("MI", "Michigan"), ("MN", "Minnesota"),
    ("MS", "Mississippi"), ("MO", "Missouri"), ("MT", "Montana"), ("NE", "Nebraska"), ("NV", "Nevada"),
    ("NH", "New Hampshire"), ("NJ", "New Jersey"), ("NM", "New Mexico"), ("NY", "New York"),
    ("NC", "North Carolina"), ("ND", "North Dakota"), ("OH", "Ohio"), ("OK", "Oklahoma"), ("OR", "Oregon"),
    ("PA", "Pennsylvania"), ("RI", "Rhode Island"), ("SC", "South Carolina"), ("SD", "South Dakota"),
    ("TN", "Tennessee"), ("TX", "Texas"), ("UT", "Utah"), ("VT", "Vermont"), ("VA", "Virginia"),
    ("WA", "Washington"), ("WV", "West Virginia"), ("WI", "Wisconsin"), ("WY", "Wyoming"),
    ("AS", "American Samoa"), ("GU", "Guam"), ("MP", "Northern Mariana Islands"), ("PR", "Puerto Rico"),
    ("VI", "U.S. Virgin Islands"),
)


def _required(what: str) -> DataRequired:
    return DataRequired(f"Enter your {what}.")


def _at_most(limit: int, what: str) -> Length:
    return Length(max=limit, message=f"{what} has at most {limit} characters.")


class Letters:
    """Refuses a name with no letter in it, such as emoji or invisible characters alone."""

    def __init__(self, what: str):
        self.message = f"{what} needs at least one letter."

    def __call__(self, form, field) -> None:
        if field.data and not has_letters(field.data):
            raise ValidationError(self.message)


def _name_field(label: str, required: str | None, limit: int, what: str) -> StringField:
    """Free text that names something: trimmed, bounded, on one line, with at least one letter."""
    validators = [_required(required)] if required else []
    return StringField(label, filters=[strip],
                       validators=[*validators, _at_most(limit, what), PlainText(what), Letters(what)])


# Step 5: account information.

class AccountInformationForm(FlaskForm):
    SECRETS = ()

    user_type = SelectField("User Type", choices=USER_TYPE_CHOICES,
                            validators=[DataRequired("Choose a User Type.")],
                            invalid_choice_message="Choose a User Type from the list.")
    government = BooleanField(GOVERNMENT_BOX)
    # Asked of a commercial account only: checked in validate_tax_id, and dropped there for any other User Type.
    tax_id = StringField("Business tax ID", filters=[strip])
    first_name = _name_field("First name", "first name", NAME_MAX, "A name")
    last_name = _name_field("Last name", "last name", NAME_MAX, "A name")
    date_of_birth = StringField("Date of birth", filters=[strip], widget=DateInput(),
                                validators=[_required("date of birth")])
    email = EmailField("E-mail address", filters=[strip],
                       validators=[_required("e-mail address"), _at_most(EMAIL_MAX, "An e-mail address"),
                                   PlainText("An e-mail address")])
    phone = TelField("Phone number", filters=[strip],
                     validators=[_required("phone number"), _at_most(PHONE_MAX, "A phone number"),
                                 PlainText("A phone number")])
    street = StringField("Street address", filters=[strip],
                         validators=[_required("street address"), _at_most(STREET_MAX, "An address"),
                                     PlainText("An address")])
    city = _name_field("City", "city", CITY_MAX, "A city")
    state = SelectField("State", choices=[SelectChoice("", "Select a state"),
                                          *(SelectChoice(code, name) for code, name in STATES)],
                        validators=[DataRequired("Choose your state.")],
                        invalid_choice_message="Choose your state from the list.")
    county = _name_field("County", None, COUNTY_MAX, "A county")
    postal_code = StringField("ZIP code", filters=[strip], validators=[_required("ZIP code"),
                                                                       Length(max=10, message=POSTAL_CODE_FORMAT)])
    agency = _name_field("Government agency", None, AGENCY_MAX, "An agency")

    def validate_government(self, field) -> None:
        problem = user_type_problem(self.user_type.data, field.data)
        if problem:
            raise ValidationError(problem)

    def validate_tax_id(self, field) -> None:
        if self.user_type.data not in COMMERCIAL_TYPES:
            field.data = ""
            return
        if len(field.data or "") > TAX_ID_MAX:
            raise ValidationError(TAX_ID_FORMAT)
        PlainText("A business tax ID")(self, field)
        problem = business_tax_id_problem(self.user_type.data, field.data or "")
        if problem:
            raise ValidationError(problem)

    def validate_county(self, field) -> None:
        problem = county_problem(self.state.data or "", field.data or "")
        if problem:
            raise ValidationError(problem)

    def validate_date_of_birth(self, field) -> None:
        problem = date_of_birth_problem(field.data, now().date())
        if problem:
            raise ValidationError(problem)

    def validate_email(self, field) -> None:
        problem = email_problem(field.data)
        if problem:
            raise ValidationError(problem)

    def validate_phone(self, field) -> None:
        problem = phone_problem(field.data)
        if problem:
            raise ValidationError(problem)

    def validate_postal_code(self, field) -> None:
        problem = postal_code_problem(field.data)
        if problem:
            raise ValidationError(problem)

    def validate_agency(self, field) -> None:
        if self.user_type.data in GOVERNMENT_TYPES and not field.data:
            raise ValidationError("Enter the government agency you work for.")


# Step 6: user name, password and security questions.

def _question_field(number: int) -> SelectField:
    return SelectField(f"Security question {number}", choices=QUESTION_CHOICES,
                       validators=[DataRequired("Choose a security question.")],
                       invalid_choice_message="Choose a security question from the list.")


def _answer_field(number: int) -> StringField:
    return StringField(f"Answer to security question {number}", filters=[strip],
                       validators=[_at_most(ANSWER_MAX, "An answer"), PlainText("An answer")])


class LoginInformationForm(FlaskForm):
    username = StringField("User name", filters=[strip],
                           validators=[DataRequired("Choose a user name."),
                                       Length(max=USERNAME_MAX, message=USERNAME_LENGTH)])
    password = PasswordField("Password", validators=[Length(max=PASSWORD_MAX, message=PASSWORD_LENGTH)])
    confirm_password = PasswordField("Confirm password",
                                     validators=[Length(max=PASSWORD_MAX, message=PASSWORDS_DIFFER)])
    question_1 = _question_field(1)
    answer_1 = _answer_field(1)
    question_2 = _question_field(2)
    answer_2 = _answer_field(2)

    SECRETS = ("password", "confirm_password", "answer_1", "answer_2")

    def questions(self) -> list[tuple[str, str]]:
        return [(self.question_1.data or "", self.answer_1.data or ""),
                (self.question_2.data or "", self.answer_2.data or "")]


# Step 7: payment.

class PaymentForm(FlaskForm):
    card_holder = _name_field("Name on card", None, CARD_HOLDER_MAX, "A name")
    card_number = StringField("Card number", filters=[strip],
                              validators=[Length(max=CARD_NUMBER_MAX, message=cards.NUMBER_FORMAT)])
    card_expiry = StringField("Expiration date", filters=[strip],
                              validators=[Length(max=CARD_FIELD_MAX, message=cards.EXPIRY_FORMAT)])
    card_security_code = StringField("Security code", filters=[strip],
                                     validators=[Length(max=CARD_FIELD_MAX, message=cards.SECURITY_CODE_FORMAT)])

    SECRETS = ("card_number", "card_security_code")


# Step 8: policies and procedures; upgrading asks for the same acknowledgement.

def _policies_acknowledgement() -> BooleanField:
    return BooleanField(
        "Check here to acknowledge you have read and understand the policies and procedures listed above.",
        # R15: the policies must be acknowledged to register
        validators=[DataRequired("Tick the box to acknowledge that you have read and understand the policies "
                                 "and procedures.")])


class PoliciesForm(FlaskForm):
    acknowledged = _policies_acknowledgement()


# Manage My Account.

class ActivationForm(FlaskForm):
    code = StringField("Activation code", filters=[strip],
                       validators=[DataRequired("Enter the activation code from the letter we mailed to you."),
                                   Length(max=ACTIVATION_CODE_MAX, message=ACTIVATION_CODE_FORMAT)])

    def validate_code(self, field) -> None:
        problem = activation_code_problem(field.data)
        if problem:
            raise ValidationError(problem)


class UpgradeForm(FlaskForm):
    acknowledged = _policies_acknowledgement()


class LinkForm(FlaskForm):
    login = StringField("CM/ECF login", filters=[strip],
                        validators=[DataRequired("Enter your CM/ECF filer login."),
                                    _at_most(LOGIN_MAX, "A login"), PlainText("A login")])
    password = PasswordField("CM/ECF password", validators=[DataRequired("Enter your CM/ECF password."),
                                                            _at_most(PASSWORD_MAX, "A password")])
