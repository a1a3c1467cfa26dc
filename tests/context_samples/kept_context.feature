@L01
Feature: A scenario leaves nothing behind for the next one in the same browser
  Each worker keeps one browser context and page per browser and resets it between scenarios. The first
  scenario leaves behind all a scenario can leave in a browser; the second, run next in the same worker
  and browser, finds none of it.
  (cmecf-login-page.txt: "CM/ECF Filer or PACER Login")

  Scenario: A visitor leaves things behind in the browser
    When a visitor opens the CM/ECF sign-in page
    And the visitor leaves behind everything a scenario can leave in a browser

  Scenario: The next visitor finds nothing of the one before
    Then the next visitor's browser holds nothing the visitor before left behind
    When a visitor opens the CM/ECF sign-in page
    Then the sign-in page is shown
