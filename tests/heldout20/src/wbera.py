"""Wayback Machine playback wrappers of the older eras, for tests/heldout20 (the current one is tests/heldout2's layouts.py
`wayback`). Written from the Wayback Machine's replay markup as it was served:
- `wayback_classic`: the Alexa-era Wayback (captures replayed until 2009-2010): a `<BASE HREF>` to the original address put
  into the head and the "xLateUrl" script appended after the page; the page's links were NOT rewritten on the server (the
  script rewrote them in the browser), so the saved markup still links the live journal addresses.
- `wayback_2010`: the open-source Java Wayback's replay (2010-2013): links rewritten on the server to relative
  `/web/TS/...` (`im_` / `js_` / `cs_` for images, scripts, stylesheets), the table-built toolbar between
  `<!-- BEGIN WAYBACK TOOLBAR INSERT -->` and `<!-- END WAYBACK TOOLBAR INSERT -->` (display:none until its script shows it),
  `/static/` banner styles and analytics in the head, the FILE ARCHIVED comment at the end."""
import re

from layouts import MONTHS

CLASSIC_JS = '''

<SCRIPT language="Javascript">
<!--

// FILE ARCHIVED ON {TS} AND RETRIEVED FROM THE
// INTERNET ARCHIVE ON {RT}.
// JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.
// ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.
// SECTION 108(a)(3)).

   var sWayBackCGI = "http://web.archive.org/web/{TS}/";

   function xResolveUrl(url) {
      var image = new Image();
      image.src = url;
      return image.src;
   }
   function xLateUrl(aCollection, sProp) {
      var i = 0;
      for(i = 0; i < aCollection.length; i++) {
         var url = aCollection[i][sProp];         if (typeof(url) == "string") { 
          if (url.indexOf("mailto:") == -1 &&
             url.indexOf("javascript:") == -1
             && url.length > 0) {
            if(url.indexOf("http") != 0) {
                url = xResolveUrl(url);
            }
            url = url.replace('.wstub.archive.org','');
            aCollection[i][sProp] = sWayBackCGI + url;
         }
         }
      }
   }

   xLateUrl(document.getElementsByTagName("IMG"),"src");
   xLateUrl(document.getElementsByTagName("A"),"href");
   xLateUrl(document.getElementsByTagName("AREA"),"href");
   xLateUrl(document.getElementsByTagName("OBJECT"),"codebase");
   xLateUrl(document.getElementsByTagName("OBJECT"),"data");
   xLateUrl(document.getElementsByTagName("APPLET"),"codebase");
   xLateUrl(document.getElementsByTagName("APPLET"),"archive");
   xLateUrl(document.getElementsByTagName("EMBED"),"src");
   xLateUrl(document.getElementsByTagName("BODY"),"background");
   xLateUrl(document.getElementsByTagName("TD"),"background");
   xLateUrl(document.getElementsByTagName("INPUT"),"src");
   var forms = document.getElementsByTagName("FORM");
   if (forms) {
       var j = 0;
       for (j = 0; j < forms.length; j++) {
              f = forms[j];
              if (typeof(f.action)  == "string") {
                 if(typeof(f.method)  == "string") {
                     if(typeof(f.method) != "post") {
                        f.action = sWayBackCGI + f.action;
                     }
                  }
              }
        }
    }


//           -->

</SCRIPT>
'''


def wayback_classic(page, ts, orig_url, retrieved='20090301120000'):
    base = orig_url.rsplit('/', 1)[0] + '/'
    out = re.sub(r'<head([^>]*)>', lambda m: f'<head{m.group(1)}>\n<BASE HREF="{base}">', page, count=1)
    return out + CLASSIC_JS.replace('{TS}', ts).replace('{RT}', retrieved)


def _rw(page, ts):
    def rw(m):
        attr, q, u = m.group(1), m.group(2), m.group(3)
        ctx = m.string[max(0, m.start() - 200):m.start()]
        lt = ctx.rfind('<')
        tag = ctx[lt + 1:].split()[0].lower() if lt >= 0 else ''
        mod = ''
        if attr == 'src' and tag == 'img':
            mod = 'im_'
        elif attr == 'src' and tag == 'script':
            mod = 'js_'
        elif attr == 'href' and tag == 'link' and 'stylesheet' in ctx[lt:]:
            mod = 'cs_'
        return f'{attr}={q}/web/{ts}{mod}/{u}{q}'
    return re.sub(r'\b(href|src|action)=(["\'])(https?://[^"\']+)\2', rw, page)


def wayback_2010(page, ts, orig_url, captures=4, span='', retrieved='19:51:04 Jun 3, 2013'):
    y, mo, d = int(ts[:4]), int(ts[4:6]), int(ts[6:8])
    human = f'{ts[8:10]}:{ts[10:12]}:{ts[12:14]} {MONTHS[mo - 1]} {d}, {y}'
    pm, nm = MONTHS[(mo - 2) % 12].upper(), MONTHS[mo % 12].upper()
    span = span or f'{d} {MONTHS[mo - 1]} {str(y)[2:]} - 2 Jan 13'
    head = ('<script type="text/javascript" src="/static/js/analytics.js"></script>\n'
            '<script type="text/javascript">archive_analytics.values.server_name="wwwb-app12.us.archive.org";archive_analytics.values.server_ms=211;</script>\n'
            '<link type="text/css" rel="stylesheet" href="/static/css/banner-styles.css"/>\n')
    bar = f'''<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script type="text/javascript" src="/static/js/disclaim-element.js" ></script>
<script type="text/javascript" src="/static/js/graph-calc.js" ></script>
<script type="text/javascript">
//<![CDATA[
var firstDate = 820454400000;
var lastDate = 1388534399999;
var wbPrefix = "/web/";
var wbCurrentUrl = "{orig_url}";
var curYear = -1;
var curMonth = -1;
var yearCount = 18;
var firstYear = 1996;
var imgWidth = 450;
var yearImgWidth = 25;
var monthImgWidth = 2;
var trackerVal = "none";
var displayDay = "{d}";
var displayMonth = "{MONTHS[mo - 1]}";
var displayYear = "{y}";
//]]>
</script>
<style type="text/css">body{{margin-top:0!important;padding-top:0!important;min-width:800px!important;}}#wm-ipp a:hover{{text-decoration:underline!important;}}</style>
<div id="wm-ipp" style="display:none; position:relative;padding:0 5px;min-height:70px;min-width:800px; z-index:9000;">
<div id="wm-ipp-inside" style="position:fixed;padding:0!important;margin:0!important;width:97%;min-width:780px;border:5px solid #000;border-top:none;background-image:url(/static/images/toolbar/wm_tb_bk_trns.png);text-align:center;font-size:11px!important;font-family:'Lucida Grande','Arial',sans-serif!important;">
   <table style="border-collapse:collapse;margin:0;padding:0;width:100%;"><tbody><tr>
   <td style="padding:10px;vertical-align:top;min-width:110px;">
   <a href="/web/" title="Wayback Machine home page" style="background-color:transparent;border:none;"><img src="/static/images/toolbar/wayback-toolbar-logo.png" alt="Wayback Machine" width="110" height="39" border="0"/></a>
   </td>
   <td style="padding:0!important;text-align:center;vertical-align:top;width:100%;">
       <table style="border-collapse:collapse;margin:0 auto;padding:0;width:570px;"><tbody><tr>
       <td style="padding:3px 0;" colspan="2">
       <form target="_top" method="get" action="/web/form-submit.jsp" name="wmtb" id="wmtb" style="margin:0!important;padding:0!important;"><input type="text" name="url" id="wmtbURL" value="{orig_url}" style="width:400px;font-size:11px;font-family:'Lucida Grande','Arial',sans-serif;" onfocus="javascript:this.focus();this.select();" /><input type="hidden" name="type" value="replay" /><input type="hidden" name="date" value="{ts}" /><input type="submit" value="Go" style="font-size:11px;font-family:'Lucida Grande','Arial',sans-serif;margin-left:5px;" /><span id="wm_tb_options" style="display:block;"></span></form>
       </td>
       <td style="vertical-align:bottom;padding:5px 0 0 0!important;" rowspan="2">
           <table style="border-collapse:collapse;width:110px;color:#99a;font-family:'Helvetica','Lucida Grande','Arial',sans-serif;"><tbody>
           <!-- NEXT/PREV MONTH NAV AND MONTH INDICATOR -->
           <tr style="width:110px;height:16px;font-size:10px!important;">
               <td style="padding-right:9px;font-size:11px!important;font-weight:bold;text-transform:uppercase;text-align:right;white-space:nowrap;overflow:visible;" nowrap="nowrap">{pm}</td>
               <td id="displayMonthEl" style="background:#000;color:#ff0;font-size:11px!important;font-weight:bold;text-transform:uppercase;width:34px;height:15px;padding-top:1px;text-align:center;" title="You are here: {human}">{MONTHS[mo - 1].upper()}</td>
               <td style="padding-left:9px;font-size:11px!important;font-weight:bold;text-transform:uppercase;white-space:nowrap;overflow:visible;" nowrap="nowrap">{nm}</td>
           </tr>
           <!-- NEXT/PREV CAPTURE NAV AND DAY OF MONTH INDICATOR -->
           <tr>
               <td style="padding-right:9px;white-space:nowrap;overflow:visible;text-align:right!important;vertical-align:middle!important;" nowrap="nowrap"><img src="/static/images/toolbar/wm_tb_prv_off.png" alt="Previous capture" width="14" height="16" border="0" /></td>
               <td id="displayDayEl" style="background:#000;color:#ff0;width:34px;height:24px;padding:2px 0 0 0;text-align:center;font-size:24px;font-weight: bold;" title="You are here: {human}">{d}</td>
               <td style="padding-left:9px;white-space:nowrap;overflow:visible;text-align:left!important;vertical-align:middle!important;" nowrap="nowrap"><img src="/static/images/toolbar/wm_tb_nxt_off.png" alt="Next capture" width="14" height="16" border="0"/></td>
           </tr>
           <!-- NEXT/PREV YEAR NAV AND YEAR INDICATOR -->
           <tr style="width:110px;height:13px;font-size:9px!important;">
               <td style="padding-right:9px;font-size:11px!important;font-weight: bold;text-align:right;white-space:nowrap;overflow:visible;" nowrap="nowrap">{y - 1}</td>
               <td id="displayYearEl" style="background:#000;color:#ff0;font-size:11px!important;font-weight: bold;padding-top:1px;width:34px;height:13px;text-align:center;" title="You are here: {human}">{y}</td>
               <td style="padding-left:9px;font-size:11px!important;font-weight: bold;white-space:nowrap;overflow:visible;" nowrap="nowrap">{y + 1}</td>
           </tr>
           </tbody></table>
       </td>
       </tr>
       <tr>
       <td style="vertical-align:middle;padding:0!important;">
           <a href="/web/{ts}*/{orig_url}" style="color:#33f;font-size:11px;font-weight:bold;background-color:transparent;border:none;" title="See a list of every capture for this URL"><strong>{captures} captures</strong></a>
           <div style="margin:0!important;padding:0!important;color:#666;font-size:9px;padding-top:2px!important;white-space:nowrap;" title="Timespan for captures of this URL">{span}</div>
       </td>
       <td style="padding:0!important;">
       <a style="position:relative; white-space:nowrap; width:450px;height:27px;" href="" id="wm-graph-anchor">
       <div id="wm-ipp-sparkline" style="position:relative; white-space:nowrap; width:450px;height:27px;background-color:#fff;cursor:pointer;border-right:1px solid #ccc;" title="Explore captures for this URL">
           <img id="sparklineImgId" style="position:absolute; z-index:9012; top:0px; left:0px;" onmouseover="showTrackers('inline');" onmouseout="showTrackers('none');" onmousemove="trackMouseMove(event,this)" alt="sparklines" width="450" height="27" border="0" src="/web/jsp/graph.jsp?graphdata=450_27_1996:-1:000000000000_{y}:{mo - 1}:000000000000" />
       </div>
       </a>
       </td>
       </tr></tbody></table>
   </td>
   <td style="text-align:right;padding:5px;width:65px;font-size:11px!important;">
       <a href="javascript:;" onclick="document.getElementById('wm-ipp').style.display='none';" style="display:block;padding-right:18px;background:url(/static/images/toolbar/wm_tb_close.png) no-repeat 100% 0;color:#33f;font-family:'Lucida Grande','Arial',sans-serif;margin-bottom:23px;background-color:transparent;border:none;" title="Close the toolbar">Close</a>
       <a href="http://faq.web.archive.org/" style="display:block;padding-right:18px;background:url(/static/images/toolbar/wm_tb_help.png) no-repeat 100% 0;color:#33f;font-family:'Lucida Grande','Arial',sans-serif;background-color:transparent;border:none;" title="Get some help using the Wayback Machine">Help</a>
   </td>
   </tr></tbody></table>
</div>
</div>
<script type="text/javascript">
 var wmDisclaimBanner = document.getElementById("wm-ipp");
 if(wmDisclaimBanner != null) {{
   disclaimElement(wmDisclaimBanner);
 }}
</script>
<!-- END WAYBACK TOOLBAR INSERT -->
'''
    out = _rw(page, ts)
    out = re.sub(r'<head([^>]*)>', lambda m: f'<head{m.group(1)}>\n' + head, out, count=1)
    out = re.sub(r'<body([^>]*)>', lambda m: f'<body{m.group(1)}>\n' + bar, out, count=1)
    return out + f'''
<!--
     FILE ARCHIVED ON {human} AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON {retrieved}.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.

     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.
     SECTION 108(a)(3)).
-->
'''


def fixcomm(page, host, name):
    """The shared renderers take a journal's base from the entry URL, which for an old-style community address
    (http://community.livejournal.com/NAME/N.html) drops NAME: put it back in the journal's own links."""
    page = re.sub(r'(http://' + re.escape(host) + r'/)(?=tag/|calendar|friends|profile|data/|\?skip=|\d{4}/|[\'"])', r'\g<1>' + name + '/', page)
    # and the community's own user link, which LiveJournal wrote at the old address while communities lived there
    return page.replace(f"http://{name.replace('_', '-')}.{host.split('.', 1)[1]}/", f'http://{host}/{name}/')


def wayback_today(page, ts, orig_url, absolute=False):
    """tests/heldout2's `wayback` (today's replay) with its toolbar's month, year and capture-span cells set for this capture
    (the shared toolbar keeps its model capture's neighbours, June 2009's: May / Jul, 2008 / 2010, "… - 30 Jan 2016")."""
    from layouts import wayback
    y, mo = int(ts[:4]), int(ts[4:6])
    out = wayback(page, ts, orig_url, absolute=absolute)
    out = out.replace('<td class="b" nowrap="nowrap">May</td>', f'<td class="b" nowrap="nowrap">{MONTHS[(mo - 2) % 12]}</td>', 1)
    out = out.replace(' title="Jul 2009"><strong>Jul</strong>', f' title="{MONTHS[mo % 12]} {y + (mo == 12)}"><strong>{MONTHS[mo % 12]}</strong>', 1)
    out = out.replace('<td class="b" nowrap="nowrap">2008</td>', f'<td class="b" nowrap="nowrap">{y - 1}</td>', 1)
    out = out.replace('<td class="f" nowrap="nowrap">2010</td>', f'<td class="f" nowrap="nowrap">{y + 1}</td>', 1)
    return out.replace(' - 30 Jan 2016</div>', ' - 30 Jan 2022</div>', 1)
