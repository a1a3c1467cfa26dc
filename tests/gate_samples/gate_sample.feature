@L01
Feature: A sample run for checking the harness's gates
  A tiny suite that the gates' own test runs through `./harness suite`: its one scenario fails on
  its first attempt and passes on its retry, so that CI fails the run and a run elsewhere reports
  the scenario as flaky.
  (cmecf-login-page.txt: "CM/ECF Filer or PACER Login")

  Scenario: The sign-in page is titled, though not at the first look
    When a visitor opens the CM/ECF sign-in page
    Then the page is titled "CM/ECF Filer or PACER Login", though not on the first attempt
