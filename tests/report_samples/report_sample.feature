@sign-in
Feature: A sample run for checking the report
  A tiny suite that the report's own test runs in Chromium: some scenarios pass and one fails
  on purpose, so that the report of a green scenario and of a failing one can both be read.
  (cmecf-login-page.txt: "CM/ECF Filer or PACER Login")

  Rule: the page says whose it is

    @L01
    Scenario: A visitor opens the court's sign-in page
      When a visitor opens the CM/ECF sign-in page
      Then the page is titled "CM/ECF Filer or PACER Login"
      And the page names the United States Court of International Trade

  Rule: a deliberately failing scenario shows where and why it failed

    @L02
    Scenario: The page announces a closure it does not announce
      When a visitor opens the CM/ECF sign-in page
      Then the visitor is told "The court is closed for the holidays."
      And the visitor is warned "All activities and access attempts are logged."

  Rule: missing entries are named

    Scenario Outline: Missing entries are named beside their fields
      Given a visitor is on the CM/ECF sign-in page
      When the visitor signs in leaving the <field> field empty
      Then the visitor is told beside the <field> field "<message>"

      Examples:
        | field                 | message                           |
        | CM/ECF or PACER login | Enter your CM/ECF or PACER login. |
        | Password              | Enter your password.              |
