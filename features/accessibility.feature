@a11y
Feature: Every page can be used with assistive technology and with the keyboard alone
  A federal court's web pages must meet Section 508, which incorporates WCAG 2.1 level AA.
  Each page is audited with axe-core against WCAG 2.1 A and AA in the state a person meets it
  (with messages showing where a form was refused), and the main journeys are completed with
  the keyboard alone.

  Rule: no page has a serious or critical accessibility problem

    Scenario Outline: <stop> passes an accessibility audit
      Given the people and the case of the accessibility tour are on file
      When a person reaches <stop>
      Then the page has no serious or critical accessibility problems

      @L01 @L02 @L15 @L16
      Examples: the sign-in page
        | stop                                   |
        | the sign-in page                       |
        | the sign-in page showing what was wrong |

      @L13
      Examples: lost password
        | stop                                           |
        | the lost-password page showing what was missing |

      @L12 @L18
      Examples: the court's information
        | stop                           |
        | the copy of the amendments     |
        | the information about CM/ECF   |

      @L03 @L08
      Examples: after signing in
        | stop                 |
        | a filer's main menu  |
        | a viewer's main menu |
        | the filing form      |

      @L05 @L06 @L17
      Examples: documents
        | stop                                  |
        | a transaction receipt                 |
        | a document                            |
        | the billing history                   |
        | the refusal of a restricted document  |

  Rule: the sign-in journey works with the keyboard alone

    @L03 @L16
    Scenario: A filer signs in and out using only the keyboard
      Given Avery is an attorney with a CM/ECF filer login
      When Avery signs in as a filer using only the keyboard
      Then Avery reaches the main menu and can sign out using only the keyboard

    @L01
    Scenario: A keyboard user can skip the site navigation
      When a keyboard user presses Tab once on the sign-in page
      Then the first thing focused is a link to skip to the main content
