/**
 * Mail domains the customers of French businesses use, for spotting typos. French internet
 * providers past and present (Orange/Wanadoo, Free, SFR and the brands it absorbed: Neuf,
 * Cegetel, Club-Internet, Numericable, Noos; Bouygues' Bbox; Alice/Tele2/Libertysurf; La
 * Poste), the webmails' French and international domains, and the providers of Belgium,
 * Switzerland and Luxembourg. Every domain here is real and is never "corrected".
 * The most used come first: when a typo is as close to two of them, the first wins
 * ("gmaiil" → gmail rather than ymail).
 */
export const KNOWN_DOMAINS: readonly string[] = [
  // The most used in French customer files
  "gmail.com",
  "orange.fr",
  "hotmail.fr",
  "wanadoo.fr",
  "free.fr",
  "yahoo.fr",
  "laposte.net",
  "sfr.fr",
  "outlook.fr",
  "live.fr",
  "icloud.com",
  "hotmail.com",
  "neuf.fr",
  "bbox.fr",
  "aol.com",
  "outlook.com",
  // France: access providers
  "freesbee.fr",
  "aliceadsl.fr",
  "alice.fr",
  "libertysurf.fr",
  "tele2.fr",
  "cegetel.net",
  "club-internet.fr",
  "numericable.fr",
  "numericable.com",
  "noos.fr",
  "9online.fr",
  "nordnet.fr",
  "dartybox.com",
  "voila.fr",
  "worldonline.fr",
  "infonie.fr",
  "aol.fr",
  "netcourrier.com",
  "mailo.com",
  "caramail.com",
  "lycos.fr",
  "ifrance.com",
  // Webmails, French domains
  "msn.fr",
  "ymail.fr",
  "gmx.fr",
  "icloud.fr",
  // Webmails, international domains
  "googlemail.com",
  "live.com",
  "msn.com",
  "yahoo.com",
  "ymail.com",
  "me.com",
  "mac.com",
  "gmx.com",
  "gmx.net",
  "mail.com",
  "protonmail.com",
  "proton.me",
  "pm.me",
  "tutanota.com",
  "zoho.com",
  "yandex.com",
  "yandex.ru",
  "mail.ru",
  "hotmail.co.uk",
  "yahoo.co.uk",
  "btinternet.com",
  "web.de",
  "gmx.de",
  "t-online.de",
  "libero.it",
  "hotmail.it",
  "yahoo.it",
  "yahoo.es",
  "hotmail.es",
  "sapo.pt",
  "qq.com",
  "163.com",
  // Belgium, Switzerland, Luxembourg, Quebec, Maghreb
  "skynet.be",
  "telenet.be",
  "proximus.be",
  "hotmail.be",
  "live.be",
  "outlook.be",
  "voo.be",
  "scarlet.be",
  "bluewin.ch",
  "sunrise.ch",
  "hispeed.ch",
  "gmx.ch",
  "hotmail.ch",
  "pt.lu",
  "vo.lu",
  "videotron.ca",
  "sympatico.ca",
  "menara.ma",
  "topnet.tn",
];

/**
 * Top-level domains people's addresses really end with: every two-letter country code in use
 * (IANA root zone) and the common generic ones. A domain ending with one of these is never
 * given a new ending, so "entreprise.ch" or "cabinet.eu" stay as typed; "orange.fe",
 * "wanadoo.ft" or "gmail.cmo" end with something that does not exist, and are fixed.
 */
export const REAL_TLDS: ReadonlySet<string> = new Set([
  // The most used first: a mistyped ending as close to two real ones goes to the first ("cmo" → com, not mo).
  ..."com fr net org eu be ch lu ca de uk es it".split(" "),
  ..."ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw".split(
    " ",
  ),
  ..."com net org edu gov int mil info biz name pro mobi asia tel xyz online site fun io app dev email club shop store tech paris bzh alsace corsica immo ovh art blog cloud eus cat swiss brussels vlaanderen quebec gal radio coop museum aero travel jobs".split(
    " ",
  ),
]);

/**
 * Real country codes that are, after a webmail's name, nearly always a slip for ".com":
 * gmail.co (Colombia), hotmail.cm (Cameroon), outlook.om (Oman).
 */
export const TLDS_MISTYPED_AFTER_PROVIDER: ReadonlySet<string> = new Set(["co", "cm", "om"]);
