@sign-in
Feature: A sample run for checking the report
  A tiny suite that the report's own test runs in Chromium, so that the report of a green run,
  and of the same run with one scenario broken on purpose, can both be read and checked.
  (cmecf-login-page.txt: "CM/ECF Filer or PACER Login")

  Rule: the page says whose it is and that access is logged

    @L01
    Scenario: A visitor opens the court's sign-in page
      When a visitor opens the CM/ECF sign-in page
      Then the page is titled "CM/ECF Filer or PACER Login"
      And the page names the United States Court of International Trade

    @L02
    Scenario: The page warns that access is logged
      When a visitor opens the CM/ECF sign-in page
      Then the visitor is warned "This is a Restricted Web Site for Official Court Business only."
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
