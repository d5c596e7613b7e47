"""Dreamwidth's adult-content interstitial: the page the site serves AT an entry's address, instead of the entry, to a reader
who is not logged in when the journal (or the entry) is marked 18+. After dreamwidth/dreamwidth views/journal/adult_content.tt
(the "explicit" type, no remote: the title ".title.18", the message ".message.explicit.byjournal", the yes button
".action.age.yes" with age 18, the no link ".action.view.no") and its .tt.text strings, in the site skin's frame as
tests/heldout12/src/mag.py's dw_login_page has it; the form posts to /journal/adult_explicit (DW::Controller::Journal::Protected)."""
from layouts import dw_user, itemid


def dw_adult_page(url, journal, journalid):
    """url: the entry's address; journal: its journal's username."""
    ret = url.replace(':', '%3A').replace('/', '%2F')
    return f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="stylesheet" type="text/css" href="https://www.dreamwidth.org/stc/css/foundation/foundation.css?v=1502297834" />
<link rel="stylesheet" type="text/css" href="https://www.dreamwidth.org/stc/css/skins/celerity/celerity.css?v=1502297834" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="https://{journal.replace('_', '-')}.dreamwidth.org/data/rss" />
<link rel="alternate" type="application/atom+xml" title="Atom" href="https://{journal.replace('_', '-')}.dreamwidth.org/data/atom" />
<title>Discretion Advised: 18+ Content</title>
</head>
<body class="logged-out">
<div id="canvas"><div id="page">
<div id="masthead" role="banner"><span id="logo"><a href="https://www.dreamwidth.org/">Dreamwidth Studios</a></span>
<ul id="account-links"><li><a href="https://www.dreamwidth.org/login?returnto={ret}">Log in</a></li><li><a href="https://www.dreamwidth.org/create">Create an account</a></li></ul></div>
<div id="content" role="main">
<div class="row"><div class="columns">
    <div class="panel callout radius">
        <h1 class="text-center">Discretion Advised: 18+ Content</h1>

        <p>You're about to view content that {dw_user(journal)} marked as <strong>inappropriate for anyone under the age of 18</strong>. To continue, you must confirm that you're at least 18 years of age.
        </p>
    </div>
</div></div>
<div class="row"><div class="columns">
    <form method="POST" action="https://www.dreamwidth.org/journal/adult_explicit"><input type="hidden" name="lj_form_auth" value="c0:1502294400:1274:86400:{journalid}-{itemid(url)}:0f3ac2d9e1b4" />
<input type="hidden" name="ret" value="{url}" /><input type="hidden" name="journalid" value="{journalid}" /><input type="hidden" name="entryid" value="{itemid(url)}" />
    <div class="row">
    <div class="columns medium-6 text-right"><input type="submit" name="adult_check" value="Yes, I am at least 18 years old" /></div>
    <div class="columns medium-6 text-left">
        <a href='https://www.dreamwidth.org' class="secondary button">No, return me to Dreamwidth</a>
    </div>
    </div>
    </form>
</div></div>
</div>
<div id="footer"><ul><li><a href="https://www.dreamwidth.org/legal/privacy">Privacy Policy</a></li><li><a href="https://www.dreamwidth.org/legal/tos">Terms of Service</a></li><li><a href="https://www.dreamwidth.org/legal/diversity">Diversity Statement</a></li></ul></div>
</div></div>
</body>
</html>
'''
