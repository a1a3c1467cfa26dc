@L01
Feature: A browser that crashes takes only its own scenario with it
  The browser's process is killed in the middle of the second scenario: that scenario fails saying the
  browser crashed, and the scenarios after it run in a browser launched anew.
  (cmecf-login-page.txt: "CM/ECF Filer or PACER Login")

  Scenario: A visitor reads the sign-in page before the crash
    When a visitor opens the CM/ECF sign-in page
    Then the sign-in page is shown

  Scenario: The browser crashes while a visitor reads the sign-in page
    When a visitor opens the CM/ECF sign-in page
    And the browser's process is killed
    Then the sign-in page is shown

  Scenario: A visitor reads the sign-in page after the crash
    When a visitor opens the CM/ECF sign-in page
    Then the sign-in page is shown

  Scenario: Another visitor reads the sign-in page after the crash
    When a visitor opens the CM/ECF sign-in page
    Then the sign-in page is shown
