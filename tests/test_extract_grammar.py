"""Small invented sentences with fictional names: one test per construction the extractor must read."""
from conftest import meta

from kg.clean import clean_text


def rec(extractor, text, **kw):
    return extractor.extract(text, meta(**kw))


def posts(r):
    return {(p["person"], p["org"], p["role"]) for p in r["posts"]}


def roles(r):
    return {(x["person"], x["role"]) for e in r["events"] for x in e["participants"]}


def roles_by_date(r):
    return {e["date"]: {(x["person"], x["role"]) for x in e["participants"]} for e in r["events"]}


def test_title_chain_resolves_against_home(extractor):
    r = rec(extractor, "本报讯（记者 王一） 3月2日上午，县委副书记、代县长苗振宇主持召开县政府常务会议。")
    assert posts(r) >= {("苗振宇", "开化县委", "副书记"), ("苗振宇", "开化县政府", "代县长")}
    assert ("苗振宇", "chair") in roles(r)
    assert r["journalists"] == ["王一"]


def test_city_and_province_levels_in_county_paper(extractor):
    r = rec(extractor, "本报讯 3月2日，市委常委、常务副市长骆明远，省委副书记贺嘉树出席会议。", parent="衢州市")
    assert ("骆明远", "衢州市委", "常委") in posts(r)
    assert ("骆明远", "衢州市政府", "常务副市长") in posts(r)
    assert ("贺嘉树", "浙江省委", "副书记") in posts(r)
    assert {("骆明远", "attendee"), ("贺嘉树", "attendee")} <= roles(r)


def test_county_level_city_paper_resolves_shi_to_itself(extractor):
    """In a county-level city's paper (江山市, under 衢州市), 市委 and 市长 are that city's own;
    the prefecture above it is named in full."""
    text = ("本报讯 3月14日，市委书记韩立群主持召开市委常委会会议。市委副书记、市长\n"
            "邵文博，衢州市委常委、副市长汪朝晖出席会议。市应急管理局局长钱永安汇报工作。")
    r = rec(extractor, text, home="江山市", parent="衢州市", date="2023-03-15")
    assert posts(r) >= {("韩立群", "江山市委", "书记"), ("邵文博", "江山市委", "副书记"),
                        ("邵文博", "江山市政府", "市长"), ("汪朝晖", "衢州市委", "常委"),
                        ("汪朝晖", "衢州市政府", "副市长"), ("钱永安", "江山市应急管理局", "局长")}
    assert r["events"][0]["organizer"] == "江山市委常委会"
    # the place a chain names carries on to a bare title of its level, in a county paper too
    r = rec(extractor, "本报讯 3月2日，龙游县委常委、副县长蔡启明出席会议。")
    assert posts(r) == {("蔡启明", "龙游县委", "常委"), ("蔡启明", "龙游县政府", "副县长")}
    # a prefecture city's own paper is unchanged: 市 is the city
    r = rec(extractor, "本报讯 3月2日，市委书记韩立群出席会议。", home="衢州市", date="2021-07-22")
    assert posts(r) == {("韩立群", "衢州市委", "书记")}


def test_a_title_shared_by_a_list_of_names(extractor):
    r = rec(extractor, "本报讯 6月6日，市长韩立群主持召开市政府常务会议。副市长邵文博、汪朝晖、钱永安，"
                       "市政府秘书长蔡启明出席会议。", home="衢州市", date="2023-06-08")
    assert posts(r) == {("韩立群", "衢州市政府", "市长"), ("邵文博", "衢州市政府", "副市长"),
                        ("汪朝晖", "衢州市政府", "副市长"), ("钱永安", "衢州市政府", "副市长"),
                        ("蔡启明", "衢州市政府", "秘书长")}
    # names after a generic label hold no post, and a name with its own title keeps only that
    r = rec(extractor, "本报讯 6月6日，市领导邵文博、汪朝晖，市委书记韩立群、市长钱永安出席。", home="衢州市",
            date="2023-06-08")
    assert posts(r) == {("韩立群", "衢州市委", "书记"), ("钱永安", "衢州市政府", "市长")}


def test_short_organ_heads(extractor):
    r = rec(extractor, "本报讯 6月7日，省委常委、宣传部长韩立群，市委常委、组织部长邵文博出席。", home="衢州市",
            date="2023-06-08")
    assert posts(r) == {("韩立群", "浙江省委", "常委"), ("韩立群", "浙江省委宣传部", "部长"),
                        ("邵文博", "衢州市委", "常委"), ("邵文博", "衢州市委组织部", "部长")}


def test_city_paper_district_titles_follow_the_article(extractor):
    """In a city paper, 区委 and 县委 are those of the district or county the article names."""
    text = ("## 柯城区召开改革推进会\n\n本报讯 6月2日，柯城区召开改革推进会。区委书记韩立群出席会议并讲话，"
            "区委副书记、区长邵文博主持会议。市委书记汪朝晖出席。\n\n"
            "## 龙游县召开项目推进会\n\n本报讯 6月3日，龙游县召开项目推进会。县委书记钱永安出席会议。")
    r = rec(extractor, text, home="衢州市", date="2023-06-08")
    assert posts(r) == {("韩立群", "柯城区委", "书记"), ("邵文博", "柯城区委", "副书记"),
                        ("邵文博", "柯城区政府", "区长"), ("汪朝晖", "衢州市委", "书记"),
                        ("钱永安", "龙游县委", "书记")}


def test_a_visit_over_several_places(extractor):
    """来到甲村、乙村，看望慰问: the visitor is present (attendee), as is the one who went along."""
    text = ("本报讯 11月1日，副县长韩立群先后来到同弓乡彤弓山村、青石镇飞碓村，看望慰问困难党员。"
            "彤弓山村党支部书记邵文博陪同。")
    r = rec(extractor, text, home="常山县", date="2022-11-04")
    assert roles(r) == {("韩立群", "attendee"), ("邵文博", "attendee")}
    assert posts(r) == {("韩立群", "常山县政府", "副县长"), ("邵文博", "彤弓山村", "党支部书记")}


def test_padded_names_and_remarks_made_at_the_meeting(extractor):
    text = ("本报讯 8月19日，区委常委会召开会议。会议由区委书记韩 立主持。区委副书记、区长邵 文，区委副书记"
            "汪朝晖等出席会议。\n\n韩立在会上强调，要全力推进“共同富裕先行区”建设。会议指出，要深化“数字化改革”。")
    r = rec(extractor, text, home="衢江区", parent="衢州市", date="2022-08-20")
    assert {n["name"] for n in r["persons"]} == {"韩立", "邵文", "汪朝晖"}
    assert roles(r) == {("韩立", "chair"), ("韩立", "speaker"), ("邵文", "attendee"), ("汪朝晖", "attendee")}
    assert {(x["person"], x["campaign"]) for x in r["promotes"]} == {("韩立", "共同富裕先行区")}


def test_a_session_presidium_and_its_reports(extractor):
    """主席台 is no title before a name; 大会执行主席 is a role at the session, not a post; the
    presidium seated on the rostrum attends, and 代表…作工作报告 / 作关于…的报告 are speeches."""
    text = ("本报讯 1月11日上午，政协龙游县第十届委员会第二次会议开幕。大会执行主席韩立群、邵文博、汪朝晖在主席台前排"
            "就座。县委书记钱永安等应邀出席开幕会并在主席台就座。\n\n县政协主席韩立群代表政协龙游县第十届委员会"
            "常务委员会作工作报告。县政协副主席邵文博作关于提案工作情况的报告。")
    r = rec(extractor, text, home="龙游县", date="2023-01-12")
    assert {n["name"] for n in r["persons"]} == {"韩立群", "邵文博", "汪朝晖", "钱永安"}
    assert posts(r) == {("韩立群", "龙游县政协", "主席"), ("邵文博", "龙游县政协", "副主席"), ("钱永安", "龙游县委", "书记")}
    assert roles(r) == {("韩立群", "attendee"), ("邵文博", "attendee"), ("汪朝晖", "attendee"), ("钱永安", "attendee"),
                        ("韩立群", "speaker"), ("邵文博", "speaker")}


def test_generic_labels_give_participants_not_posts(extractor):
    r = rec(extractor, "本报讯 5月6日上午，县委召开会议。县领导苗振宇、骆明远、贺嘉树，其他县（处）级领导童安等参加。")
    assert {n["name"] for n in r["persons"]} >= {"苗振宇", "骆明远", "贺嘉树", "童安"}
    assert posts(r) == set()
    assert {("童安", "attendee"), ("贺嘉树", "attendee")} <= roles(r)


def test_chair_and_speaker_from_one_clause(extractor):
    r = rec(extractor, "本报讯 9月18日上午，县委常委会召开会议。县委书记柯立安主持会议并讲话。")
    assert {("柯立安", "chair"), ("柯立安", "speaker")} <= roles(r)
    assert r["events"][0]["organizer"] == "开化县委常委会"


def test_headline_credit_without_separator(extractor):
    text = ("## 督查组到我市开展督查\n\n柯立安骆明远出席汇报会\n\n本报讯(记者 徐一)7月21日下午召开的工作汇报会,"
            "督查组组长柯立安主持会议并讲话。市委副书记骆明远汇报工作情况。")
    r = rec(extractor, text, home="衢州市", date="2021-07-22")
    assert {("柯立安", "attendee"), ("骆明远", "attendee"), ("柯立安", "chair"), ("骆明远", "speaker")} <= roles(r)


def test_two_meetings_same_day_kept_apart(extractor):
    text = ("本报讯（记者 王一） 9月18日上午，县委召开座谈会。县委书记柯立安主持会议。\n\n"
            "本报讯（记者 王二） 9月18日下午，我县召开推进大会。县长骆明远出席会议并讲话。骆明远强调，要抓好落实。")
    r = rec(extractor, text)
    assert len(r["events"]) == 2
    by_person = {x["person"]: e["id"] for e in r["events"] for x in e["participants"]}
    assert by_person["柯立安"] != by_person["骆明远"]


def test_december_meeting_in_january_issue(extractor):
    r = rec(extractor, "本报讯 12月30日上午，县委召开会议。县委书记柯立安主持会议。", date="2021-01-03")
    assert r["events"][0]["date"] == "2020-12-30"


def test_date_range_takes_first_day(extractor):
    r = rec(extractor, "本报讯 9 月 15 日至 16 日，省委副书记贺嘉树率队在衢州开展调研。")
    assert r["events"][0]["date"] == "2021-09-15"
    assert ("贺嘉树", "chair") in roles(r)


def test_undated_background_is_no_event(extractor):
    r = rec(extractor, "近日，县委书记柯立安主持召开会议，研究部署工作。")
    assert r["events"] == []


def test_bylines_are_journalists_not_persons(extractor):
    text = "本报讯（记者 胡一珊 实习生 傅二） 3月1日，县长骆明远出席会议。\n\n村民在田间劳作。记者 余三 摄"
    r = rec(extractor, text)
    assert set(r["journalists"]) == {"胡一珊", "傅二", "余三"}
    assert {p["name"] for p in r["persons"]} == {"骆明远"}


def test_campaigns_quoted_and_suffixed(extractor):
    text = ("本报讯 9月18日下午，我县召开“五水共治”工作会议。县长骆明远出席会议并讲话。"
            "骆明远强调，要持续深化“找寻查挖”专项行动，推进数字化改革，做好“电商快车”宣传。")
    r = rec(extractor, text)
    names = {c["name"] for c in r["campaigns"]}
    assert {"五水共治", "找寻查挖专项行动", "数字化改革"} <= names
    assert "电商快车" not in names  # a metaphor in quotes is not a campaign
    prom = {(p["person"], p["campaign"]) for p in r["promotes"]}
    assert {("骆明远", "数字化改革"), ("骆明远", "五水共治")} <= prom


def test_evidence_offsets_point_at_text(extractor):
    from kg.clean import clean_text

    raw = "本报讯（记者 王一） 3月2日上午，县委副书记、代县长苗振宇主持召开县政府常务会议。"
    r = rec(extractor, raw)
    text = clean_text(raw)
    for p in r["posts"]:
        ev = p["evidence"]
        assert text[ev["sentence_start"]:].startswith(ev["quote"])
        assert p["person"] in text[ev["start"]:ev["end"]]


def test_headline_credits_with_separators(extractor):
    text = ("## 全力推进项目建设\n\n柯立安讲话 骆明远主持 贺嘉树、童安等参加\n\n"
            "本报讯 3月5日，县委召开项目推进会。县委书记柯立安出席会议并讲话，县长骆明远主持会议。")
    r = rec(extractor, text, date="2021-03-06")
    assert {("柯立安", "speaker"), ("骆明远", "chair"), ("贺嘉树", "attendee"), ("童安", "attendee")} <= roles(r)


def test_headline_credit_single_name(extractor):
    text = "## 市政府召开常务会议\n\n骆明远出席\n\n本报讯 3月5日上午，市政府召开常务会议。市长柯立安主持会议。"
    r = rec(extractor, text, home="衢州市", date="2021-03-06")
    assert {("骆明远", "attendee"), ("柯立安", "chair")} <= roles(r)


def test_short_and_long_campaign_names_counted_once(extractor):
    text = ("本报讯 3月5日，县委召开会议。县委书记柯立安主持会议并讲话。柯立安强调，要深化“县乡一体”改革，"
            "抓好“县乡一体”改革试点工作。")
    r = rec(extractor, text, date="2021-03-06")
    camps = {c["name"]: c["aliases"] for c in r["campaigns"]}
    assert [c for c in camps if "县乡一体" in c] == ["县乡一体"]
    assert set(camps["县乡一体"]) == {"县乡一体改革", "县乡一体改革试点"}


def test_bare_line_of_names_closes_an_article(extractor):
    text = "本报讯 3月5日，县委召开会议。县委书记柯立安主持会议。\n\n郑一平 余问清"
    r = rec(extractor, text, date="2021-03-06")
    assert r["journalists"] == ["郑一平", "余问清"]
    assert "郑一平" not in {p["name"] for p in r["persons"]}


def test_article_tail_printed_before_its_head(extractor):
    text = ("的重要抓手。柯立安强调，要抓好“五水共治”工作。\n\n"
            "本报讯 3月5日，县委召开会议。县委书记柯立安主持会议并指出，五水共治是生态建设")
    r = rec(extractor, text, date="2021-03-06")
    assert len(r["articles"]) == 1
    assert ("柯立安", "五水共治") in {(p["person"], p["campaign"]) for p in r["promotes"]}


def test_invented_district_page(extractor):
    """A page in another paper's style (district paper, 昨天 dating, 人大/政协 titles), fictional names."""
    from pathlib import Path

    raw = (Path(__file__).parent / "fixtures" / "district-2022-01-05.txt").read_text(encoding="utf-8")
    r = extractor.extract(raw, meta(home="衢江区", date="2022-01-05", parent="衢州市"))
    assert posts(r) >= {("严振华", "衢江区委", "书记"), ("方立新", "衢江区政府", "区长"),
                        ("蒋海涛", "衢江区政府", "常务副区长"), ("程立群", "衢江区人大常委会", "主任"),
                        ("施玉梅", "衢江区政协", "主席"), ("祝月华", "衢州市委宣传部", "部长"),
                        ("林晓东", "廿里镇", "镇长")}
    ev = {e["date"]: {(x["person"], x["role"]) for x in e["participants"]} for e in r["events"]}
    assert {("严振华", "chair"), ("严振华", "speaker"), ("方立新", "speaker"), ("施玉梅", "attendee")} <= ev["2022-01-04"]
    assert {("祝月华", "attendee"), ("蒋海涛", "attendee")} <= ev["2021-12-28"]
    assert set(r["journalists"]) == {"叶青云", "周晓"}
    assert {("严振华", "八八战略"), ("祝月华", "文化润民工程")} <= {(p["person"], p["campaign"]) for p in r["promotes"]}


def test_invented_city_page(extractor):
    """City-paper style: 会议由X主持, an unbracketed byline, 昨日, 市领导 lists, a provincial visit."""
    from pathlib import Path

    raw = (Path(__file__).parent / "fixtures" / "city-2022-03-17.txt").read_text(encoding="utf-8")
    r = extractor.extract(raw, meta(home="衢州市", date="2022-03-17"))
    assert posts(r) >= {("程一鸣", "衢州市政府", "市长"), ("柴立峰", "衢州市委", "书记"),
                        ("卢国平", "浙江省政府", "副省长"), ("祝海波", "衢州市政府", "常务副市长")}
    assert {("程一鸣", "chair"), ("程一鸣", "speaker"), ("柴立峰", "speaker"), ("叶建东", "attendee"),
            ("卢国平", "speaker"), ("祝海波", "attendee")} <= roles(r)
    assert {e["date"] for e in r["events"]} == {"2022-03-16"} and len(r["events"]) == 2
    assert set(r["journalists"]) == {"葛文斌", "占晓燕", "徐晓"}
    assert ("柴立峰", "最多跑一次改革") in {(p["person"], p["campaign"]) for p in r["promotes"]}


def test_title_chains_of_other_places(extractor):
    from pathlib import Path

    raw = (Path(__file__).parent / "fixtures" / "city-chains-2022-04-09.txt").read_text(encoding="utf-8")
    r = extractor.extract(raw, meta(home="衢州市", date="2022-04-09"))
    assert posts(r) >= {("甘立新", "龙游县委", "书记"), ("邵建成", "龙游县政府", "县长"),
                        ("项天明", "衢州市纪委", "书记"), ("项天明", "衢州市监委", "主任"),
                        ("林志远", "衢州市委组织部", "部长"), ("毕思齐", "衢州市法院", "院长"),
                        ("程一鸣", "衢州市政府", "市长")}


def test_title_words_in_ordinary_phrases_give_nobody(extractor):
    """县长办公会, 代表大会, 组长单位, 书记处理, 院长办公会: title words that introduce no one."""
    from pathlib import Path

    raw = (Path(__file__).parent / "fixtures" / "false-positives-2022-04-09.txt").read_text(encoding="utf-8")
    r = extractor.extract(raw, meta(date="2022-04-09"))
    assert r["persons"] == [] and r["posts"] == []
    assert r["journalists"] == ["叶青"]


def test_names_that_open_with_a_word_are_kept(extractor):
    r = rec(extractor, "本报讯 4月8日上午，县委召开会议。县委书记高明远主持会议，县长高明出席。")
    assert {("高明远", "chair"), ("高明", "attendee")} <= roles(r)


def test_invented_narrow_county_page(extractor):
    """Narrow columns: title chains broken across lines, 等县领导出席, a headline between paragraphs."""
    from pathlib import Path

    from kg.clean import clean_text

    raw = (Path(__file__).parent / "fixtures" / "county-narrow-2022-02-21.txt").read_text(encoding="utf-8")
    r = extractor.extract(raw, meta(date="2022-02-21", parent="衢州市"))
    assert posts(r) >= {("洪建平", "开化县人大常委会", "主任"), ("傅晓梅", "开化县政协", "主席"),
                        ("金建华", "华埠镇", "党委书记"), ("刘晓东", "华埠镇", "镇长")}
    assert {("洪建平", "attendee"), ("汪海涛", "chair"), ("钱立群", "speaker")} <= roles(r)
    assert "打好三改一拆攻坚战" not in {c["name"] for c in r["campaigns"]}
    assert clean_text(clean_text(raw)) == clean_text(raw)


def test_byline_variants(extractor):
    from kg.extract.journalists import find_journalists

    cases = {"本报讯（通讯员 程晓丽） 3月1日，县委召开会议。": ["程晓丽"],
             "本报记者 汪海峰 报道": ["汪海峰"],
             "记者 周宇 通讯员 郑敏 文/摄": ["周宇", "郑敏"],
             "本报讯 记者 林芳 通讯员 何军 报道：3月1日，县委召开会议。": ["林芳", "何军"],
             "（记者 方圆 实习生 李想 摄）": ["方圆", "李想"],
             "本报讯（见习记者 诸葛明）昨日上午，县委召开会议。": ["诸葛明"],
             # a stray space inside a name
             "本报讯(记者 王 宇航 通讯员 邵佳)10月15日上午,市委召开会议。": ["王宇航", "邵佳"],
             "本报讯（记者 王宇 航）": ["王宇航"],
             # an open byline that runs into the date, and editors' credit lines
             "本报讯 记者 童欣怡 通讯员 华 锋 4月18日上午，我县举行开工仪式。": ["童欣怡", "华锋"],
             "本报讯 记者 章佳琪4月19日，县委书记调研。": ["章佳琪"],  # the cleaner closes 琪 4月
             "本报讯 记者从县统计局获悉，1-3月全县经济运行平稳。": [],
             "（编辑 林小燕 校对 钟 灵）": ["林小燕", "钟灵"],
             "（责任编辑：王雅琴）": ["王雅琴"],
             "编辑部主任张三说": [],
             # credits before the role, a media centre's and a chief reporter's bylines, a slash
             # after the role, and 文 after a name (the credit for the text)
             "文/图 记者 叶 青 通讯员 毛晓军": ["叶青", "毛晓军"],
             "县融媒体中心记者 余问天": ["余问天"],
             "首席记者 占 旭": ["占旭"],
             "编辑/王芳 校对/李静": ["王芳", "李静"],
             "记者 徐婷 文 周宇 摄": ["徐婷", "周宇"],
             # a byline opening the first paragraph with no 本报讯, marked or bracketed, and one
             # that names the media centre alone; credits after a slash
             "◎记者 张小红 通讯员 李明亮 3月10日，县委召开会议。": ["张小红", "李明亮"],
             "（融媒记者 张小红）3月10日，县委召开会议。": ["张小红"],
             "本报讯 □记者 张小红 3月10日，县委召开会议。": ["张小红"],
             # a marked byline on a line of its own, above the report
             "□记者 张小红 通讯员 李明亮": ["张小红", "李明亮"],
             # a byline a headline ran into, editors after the masthead's date, a photograph's
             # credit with no role word
             "“共富工坊”里的幸福生活本报记者 张小红 通讯员 李明亮": ["张小红", "李明亮"],
             "2025年12月16日 星期二责任编辑：张小红 版式：李明亮": ["张小红", "李明亮"],
             "图为村民在共富工坊里加工来料。 张小红 摄": ["张小红"],
             "会后大家合影留念。合影 摄": [],
             "本报讯（县融媒体中心 张小红 李明亮）3月10日，县委召开会议。": ["张小红", "李明亮"],
             "记者 张小红/文 李明亮/摄 3月10日，县委召开会议。": ["张小红", "李明亮"],
             "记者近日从县发改局获悉，一季度经济平稳。": []}
    for text, want in cases.items():
        assert find_journalists([text], extractor.names) == want, text


def test_distributed_roles_delegations_and_ceremonies(extractor):
    text = ("本报讯 3月5日上午，我县召开新春座谈会。县委书记柯立安、县长骆明远分别讲话。在县委副书记童安陪同下，"
            "市委常委贺嘉树一行参观了展览。县政协主席苗振宇为活动揭牌。")
    r = rec(extractor, text, date="2021-03-06", parent="衢州市")
    assert roles(r) == {("柯立安", "speaker"), ("骆明远", "speaker"), ("童安", "attendee"), ("贺嘉树", "attendee"),
                        ("苗振宇", "attendee")}


def test_day_printed_without_month(extractor):
    r = rec(extractor, "本报讯 28日上午，县委召开会议。县委书记柯立安主持会议。", date="2021-03-02")
    assert r["events"][0]["date"] == "2021-02-28"
    r = rec(extractor, "本报讯（记者 王一） 26日下午，县政府召开常务会议。县长骆明远主持会议。", date="2021-03-27")
    assert r["events"][0]["date"] == "2021-03-26"


def test_bare_deputy_titles_take_the_principals_body(extractor):
    """区人大常委会主任甲主持会议，副主任乙、丙出席: the deputies, printed without their body, are
    deputies of the body their principal was named with in the same sentence; no such body,
    no post."""
    text = ("本报讯 4月17日，区人大常委会召开第十一次会议。区人大常委会主任郑立群主持会议，副主任徐海燕、方建中、\n"
            "吕卫东出席。区委常委、常务副区长俞国栋列席会议。\n"
            "另讯 4月16日，座谈会在区行政中心举行，副主任蒋一帆参加。")
    r = rec(extractor, text, home="柯城区", parent="衢州市", date="2023-04-18")
    assert posts(r) >= {("郑立群", "柯城区人大常委会", "主任"), ("徐海燕", "柯城区人大常委会", "副主任"),
                        ("方建中", "柯城区人大常委会", "副主任"), ("吕卫东", "柯城区人大常委会", "副主任"),
                        ("俞国栋", "柯城区政府", "常务副区长")}
    assert "蒋一帆" in {p["name"] for p in r["persons"]} and not {p for p in posts(r) if p[0] == "蒋一帆"}
    assert {("徐海燕", "attendee"), ("吕卫东", "attendee"), ("郑立群", "chair")} <= roles(r)


def test_a_second_verb_after_a_list_is_the_whole_lists(extractor):
    """区长甲，公司董事长乙出席并致辞: both attend and both speak."""
    text = ("本报讯 4月14日，我区与浙江锐途科技有限公司举行项目签约仪式。区委副书记、\n"
            "区长李晨阳，公司董事长陈国强出席并致辞。")
    r = rec(extractor, text, home="柯城区", parent="衢州市", date="2023-04-18")
    assert roles(r) == {("李晨阳", "attendee"), ("李晨阳", "speaker"), ("陈国强", "attendee"), ("陈国强", "speaker")}


def test_bare_township_titles_take_the_township_named_before(extractor):
    """华埠镇召开推进会。镇党委书记甲主持会议，镇长乙部署: the bare 镇 is the township the article
    named; a collective (全县各乡镇) is no township; a village whose name holds a county's short
    name (下界首村: 界首) keeps its whole name."""
    text = ("本报讯（通讯员 叶子轩）11月5日，华埠镇召开乡村振兴推进会。镇党委书记\n胡建峰主持会议，镇长杨丽萍部署相关工作。"
            "下界首村党支部书记曹卫国作交流发言。\n"
            "另讯 11月4日，全县各乡镇召开会议。镇长韩立群参加。")
    r = rec(extractor, text, date="2023-11-08", parent="衢州市")
    assert posts(r) >= {("胡建峰", "华埠镇", "党委书记"), ("杨丽萍", "华埠镇", "镇长"), ("曹卫国", "下界首村", "党支部书记")}
    assert not {p for p in posts(r) if p[0] == "韩立群"}


def test_an_exchange_speech_after_a_list_is_each_ones(extractor):
    """村党支部书记甲、公司董事长乙作交流发言: both speak, and the verb ends the second name."""
    text = ("本报讯 11月5日，华埠镇召开乡村振兴推进会。镇党委书记胡建峰主持会议。"
            "下界首村党支部书记曹卫国、浙江开化清源茶业有限公司董事长郑家辉作交流发言。")
    r = rec(extractor, text, date="2023-11-08", parent="衢州市")
    assert {("曹卫国", "speaker"), ("郑家辉", "speaker"), ("胡建峰", "chair")} <= roles(r)
    assert ("郑家辉", "浙江开化清源茶业有限公司", "董事长") in posts(r)


def test_a_visit_printed_with_zai_and_a_visit_only_cited(extractor):
    """市委书记甲在龙游县调研 puts 甲 there (attendee); 学习省委书记乙在衢调研讲话精神 only cites a visit."""
    text = ("本报讯 11月20日，市委书记徐振华在龙游县调研先进制造业发展工作。市委常委、秘书长潘立群参加调研。\n"
            "另讯 11月19日，市政协召开常委会会议，学习省委书记洪建章在衢调研讲话精神。市政协主席周明远主持会议。")
    r = rec(extractor, text, home="衢州市", parent="", date="2023-11-21")
    assert {("徐振华", "attendee"), ("潘立群", "attendee"), ("周明远", "chair")} <= roles(r)
    assert not {x for x in roles(r) if x[0] == "洪建章"}


def test_a_session_opening_somewhere_and_its_cppcc(extractor):
    """政协龙游县第十届委员会第三次会议在县会议中心开幕: the title is the session's, its organizer
    the county's CPPCC; a village under a township keeps the township (溪口镇灵山村, though
    灵山 is a county's short name); the masthead's dateline is no event title."""
    text = ("龙游报\n2023年12月2日 星期六\n\n县政协十届三次会议开幕\n"
            "　　本报讯（记者 祝文博）12月1日上午，政协龙游县第十届委员会第三次会议在县会议中心开幕。"
            "县委书记童海涛出席。县政协副主席邱小玲主持开幕会。溪口镇灵山村第一书记龚晓东参加会议。")
    r = rec(extractor, text, home="龙游县", parent="衢州市", date="2023-12-02")
    (ev,) = r["events"]
    assert (ev["title"], ev["kind"], ev["organizer"]) == ("政协龙游县第十届委员会第三次会议", "meeting", "龙游县政协")
    assert ("龚晓东", "溪口镇灵山村", "第一书记") in posts(r)


def test_announcing_a_start_is_being_there(extractor):
    """市委书记甲宣布项目开工。市长乙致辞: 甲 attends the ceremony, 乙 speaks at it."""
    text = ("本报讯 10月15日上午，全市重大项目集中开工仪式在江山经济开发区举行。市委书记赵立强宣布项目开工。"
            "市委副书记、市长毛建军致辞。市领导 周海波 郑晓燕 出席仪式。")
    r = rec(extractor, text, home="江山市", parent="衢州市", date="2023-10-16")
    assert roles(r) == {("赵立强", "attendee"), ("毛建军", "speaker"), ("周海波", "attendee"), ("郑晓燕", "attendee")}


def test_leading_a_named_delegation_is_chairing_the_visit(extractor):
    """省人大常委会副主任甲率省人大调研组来我区调研: 甲 chairs it (as 率队 does) and is not listed as
    present too; those who 陪同 attend; the title runs past 调研组 to the visit."""
    text = ("本报讯 11月2日至3日，省人大常委会副主任孟一凡率省人大调研组来我区调研乡村振兴工作。区委书记\n"
            "廖志远等陪同。\n孟一凡指出，要以“千万工程”为牵引。")
    r = rec(extractor, text, home="衢江区", parent="衢州市", date="2023-11-04")
    (ev,) = r["events"]
    assert ev["date"] == "2023-11-02" and ev["title"].endswith("来我区调研")
    assert roles(r) == {("孟一凡", "chair"), ("孟一凡", "speaker"), ("廖志远", "attendee")}


def test_a_meeting_named_by_its_purpose(extractor):
    """全区基层党建工作交流会召开: a meeting, whose title stops before 召开."""
    text = ("本报讯 10月31日，全区基层党建工作交流会召开。区委常委、组织部部长殷晓峰出席并讲话。廿里镇党委书记\n"
            "柯志强、高家镇党委书记武春燕分别作交流发言。")
    r = rec(extractor, text, home="衢江区", parent="衢州市", date="2023-11-04")
    (ev,) = r["events"]
    assert (ev["title"], ev["kind"]) == ("全区基层党建工作交流会", "meeting")
    assert {("柯志强", "speaker"), ("武春燕", "speaker"), ("殷晓峰", "speaker")} <= roles(r)
    assert ("柯志强", "廿里镇", "党委书记") in posts(r)


def test_appointments_are_posts_and_former_posts_are_not(extractor):
    """会议决定任命甲为县财政局局长，任命乙、丙为副县长: each appointee holds the post; 原县委书记丁
    names a post held before, so 丁 is a person with no post; 原平市委 is a place's committee."""
    text = ("本报讯 9月3日，县人大常委会召开第十五次会议。县人大常委会主任范建林主持会议。\n"
            "会议决定任命包晓峰为县财政局局长，任命季红霞、鲍立新为县政府副县长。\n"
            "另讯 9月2日，原县委书记谭德明走访了宋畈村。县政协主席温建国陪同。")
    r = rec(extractor, text, home="常山县", parent="衢州市", date="2023-09-05")
    assert posts(r) >= {("包晓峰", "常山县财政局", "局长"), ("季红霞", "常山县政府", "副县长"),
                        ("鲍立新", "常山县政府", "副县长")}
    assert "谭德明" in {p["name"] for p in r["persons"]} and not {p for p in posts(r) if p[0] == "谭德明"}
    r = rec(extractor, "本报讯 9月2日，原平市委书记魏东升来我县考察。", home="常山县", parent="衢州市", date="2023-09-05")
    assert ("魏东升", "原平市委", "书记") in posts(r)


def test_village_titles_take_the_village_named_before(extractor):
    """在音坑乡下淤村，叮嘱村党支部书记、村委会主任甲要…: both posts are in that village (the verb
    before 村 is no village's name), and 要 ends the name; 老党员乙 is a resident, with no post."""
    text = ("本报讯 1月8日，县委书记尹国梁走访慰问困难群众。在音坑乡下淤村，尹国梁详细询问了老党员邬\n"
            "长庚的身体状况，叮嘱村党支部书记、村委会主任芦海生要把困难群众放在心上。")
    r = rec(extractor, text, date="2024-01-10")
    assert {"邬长庚", "芦海生"} <= {p["name"] for p in r["persons"]}
    assert {p for p in posts(r) if p[0] in ("芦海生", "邬长庚")} == {
        ("芦海生", "音坑乡下淤村", "党支部书记"), ("芦海生", "音坑乡下淤村", "村委会主任")}


def test_a_peoples_congress_session_and_its_presidium(extractor):
    """县十七届人大四次会议: organised by the congress itself (开化县人大); 大会主席团常务主席 is a
    seat of the session, not a post; 县长甲作政府工作报告: 作 ends the name, and 甲 speaks."""
    text = ("本报讯 1月9日上午，县十七届人大四次会议隆重开幕。大会主席团常务主席、执行主席闵德华、\n"
            "桂晓芸在主席台前排就座。县长甘立平作政府工作报告。")
    r = rec(extractor, text, date="2024-01-10")
    (ev,) = r["events"]
    assert ev["organizer"] == "开化县人大"
    assert roles(r) >= {("闵德华", "attendee"), ("桂晓芸", "attendee"), ("甘立平", "speaker")}
    assert posts(r) == {("甘立平", "开化县政府", "县长")}


def test_an_audience_is_a_meeting_of_host_and_guests(extractor):
    """市长甲会见了乙公司副总经理丙一行: a meeting (titled by its headline) at which the host and
    the guests are present; 会见了 is not part of the company's name; 参加会见 is attendance."""
    text = ("## 甲市长会见客人\n本报讯 2月25日，市委副书记、市长邬立成会见了中国电建集团华东勘测设计研究院有限公司"
            "副总经理仇志坚一行。双方就抽水蓄能电站项目建设进行了深入交流。副市长饶春燕参加会见。")
    r = rec(extractor, text, home="江山市", parent="衢州市", date="2024-02-27")
    (ev,) = r["events"]
    assert (ev["title"], ev["kind"]) == ("甲市长会见客人", "meeting")
    assert roles(r) == {("邬立成", "attendee"), ("仇志坚", "attendee"), ("饶春燕", "attendee")}
    assert ("仇志坚", "中国电建集团华东勘测设计研究院有限公司", "副总经理") in posts(r)


def test_a_cppcc_chairs_meeting_its_secretary_general_and_a_video_conference(extractor):
    """市政协召开十届十七次主席会议: the body names the meeting; 秘书长 after the 政协's chairman
    and deputies is the 政协's; 在主会场出席会议并讲话 attends and speaks; 宣读 is speaking, and a
    decision that commends people is not a campaign."""
    text = ("本报讯 2月23日，市政协召开十届十七次主席会议。市政协主席衡文斌主持并讲话，副主席冼海燕、\n"
            "甄立群，秘书长葛国平出席。\n\n"
            "## 全市春季森林防火工作视频会议召开\n本报讯 2月24日，全市春季森林防火工作视频会议召开。副市长、市公安局局长靳建平\n在主会场出席会议并讲话。"
            "市委常委、常务副市长邝海涛宣读了《关于表彰2023年度全市先进集体和先进个人的决定》。")
    r = rec(extractor, text, home="江山市", parent="衢州市", date="2024-02-27")
    first, second = r["events"]
    assert (first["title"], first["organizer"]) == ("市政协十届十七次主席会议", "江山市政协")
    assert ("葛国平", "江山市政协", "秘书长") in posts(r)
    assert {(x["person"], x["role"]) for x in second["participants"]} == {
        ("靳建平", "attendee"), ("靳建平", "speaker"), ("邝海涛", "speaker")}
    assert not [c for c in r["campaigns"] if "表彰" in c["name"]]


def test_a_delegation_led_by_a_named_secretary_and_a_dismissal(extractor):
    """龙游县委书记甲率龙游县党政代表团来柯城区考察: 率 ends the name, and 甲 leads the visit;
    免去乙、丙同志的…职务: persons, with no post from the one they leave."""
    text = ("本报讯 3月12日，龙游县委书记覃立新率龙游县党政代表团来柯城区考察交流。柯城区委书记裘宏斌陪同。\n"
            "另讯 市人大常委会会议决定：免去祁建设的衢州市教育局局长职务；免去欧阳明、简红同志的市政府副市长职务。")
    r = rec(extractor, text, home="衢州市", date="2024-03-15")
    assert roles(r) == {("覃立新", "chair"), ("裘宏斌", "attendee")}
    assert ("覃立新", "龙游县委", "书记") in posts(r)
    assert {"祁建设", "欧阳明", "简红"} <= {p["name"] for p in r["persons"]}
    assert not {p for p in posts(r) if p[0] in ("祁建设", "欧阳明", "简红")}


def test_a_notice_before_appointment_gives_the_posts_held_now(extractor):
    """任前公示, in indented paragraphs with no blank line between: 甲，男，…，现任…，拟任…: the post
    held now (党委副书记 of a township is one title, and 镇长 is the township's); the notice's
    signature does not head the next article."""
    text = ("县管领导干部任前公示\n"
            "　　甘建华，男，1979年6月生，浙江常山人，大学学历，中共党员，现任县发展和改革局副局长，拟任县经济和信息化局局长。\n"
            "　　房丽娟，女，1983年2月生，研究生学历，现任球川镇党委副书记、镇长，拟任球川镇党委书记。\n"
            "　　中共常山县委组织部\n　　2024年5月7日\n\n"
            "我县与浙江大学签署战略合作协议\n"
            "　　本报讯 5月6日，我县与浙江大学签署全面战略合作协议。县委书记伍国华出席签约仪式并致辞。"
            "县委常委、副县长柳海鸥与浙江大学地方合作处处长乔立伟代表双方签约。")
    r = rec(extractor, text, home="常山县", parent="衢州市", date="2024-05-08")
    assert {p for p in posts(r) if p[0] in ("甘建华", "房丽娟")} == {
        ("甘建华", "常山县发展和改革局", "副局长"), ("房丽娟", "球川镇", "党委副书记"), ("房丽娟", "球川镇", "镇长")}
    (ev,) = r["events"]
    assert ev["title"] == "我县与浙江大学签署战略合作协议"
    assert roles(r) == {("伍国华", "attendee"), ("伍国华", "speaker"), ("柳海鸥", "attendee"), ("乔立伟", "attendee")}


def test_a_visit_printed_right_after_the_name(extractor):
    """县长甲走访联系企业乙公司，与企业负责人丙座谈交流: a visit at which both are present, and 丙
    heads that company (not the words of the sentence before it); a delegation's leader, whose
    visit a headline also prints after the name, is its chair and not also present."""
    text = ("本报讯 5月5日，县委副书记、县长蒋志明走访联系企业浙江常发机械有限公司，与企业负责人许国庆座谈交流。\n\n"
            "叶振宇调研重点项目建设\n"
            "本报讯 4月15日，区委书记叶振宇率队调研全区重点项目建设情况。区领导俞国栋陪同。")
    r = rec(extractor, text, home="常山县", parent="衢州市", date="2024-05-08")
    first, second = r["events"]
    assert {(x["person"], x["role"]) for x in first["participants"]} == {("蒋志明", "attendee"), ("许国庆", "attendee")}
    assert ("许国庆", "浙江常发机械有限公司", "负责人") in posts(r)
    assert {(x["person"], x["role"]) for x in second["participants"]} == {("叶振宇", "chair"), ("俞国栋", "attendee")}


def test_deputies_named_in_the_sentence_after_their_head(extractor):
    """区人大常委会主任甲主持会议。副主任乙、丙，秘书长丁出席: the deputies and the secretary-general
    are the head's body's, though the body is printed a sentence before."""
    r = rec(extractor, "本报讯 6月10日，区十届人大常委会第十七次会议召开。区人大常委会主任程一帆主持会议。"
                       "副主任邵可欣、钱永安，秘书长蔡启明出席。区委党校常务副校长韩立群列席。",
            home="柯城区", date="2024-06-12")
    assert posts(r) >= {("邵可欣", "柯城区人大常委会", "副主任"), ("钱永安", "柯城区人大常委会", "副主任"),
                        ("蔡启明", "柯城区人大常委会", "秘书长"), ("韩立群", "柯城区委党校", "常务副校长")}
    # a deputy in a sentence of its own with no head before it holds nothing
    r = rec(extractor, "本报讯 6月10日，会议召开。副主任邵可欣出席。", home="柯城区", date="2024-06-12")
    assert not posts(r)


def test_items_of_news_in_brief_are_events_of_their_own(extractor):
    """Each ● item of a 简讯 column is an article with its own date and people, and a delegation
    led on a trip is an occurrence led by its leader."""
    text = ("简讯\n\n●6月8日，副区长邵可欣带队赴上海开展招商引资活动。\n"
            "●6月9日，区政协主席程一帆率队到万田乡开展专题视察。区政协副主席蔡启明参加。")
    r = rec(extractor, text, home="柯城区", date="2024-06-12")
    by_date = roles_by_date(r)
    assert by_date == {"2024-06-08": {("邵可欣", "chair")},
                       "2024-06-09": {("程一帆", "chair"), ("蔡启明", "attendee")}}
    assert [e["title"] for e in r["events"]][0] == "副区长邵可欣带队赴上海开展招商引资活动"


def test_decisions_printed_as_lists(extractor):
    """决定任命：甲为…；乙（女）为…。决定免去：丙的…职务。 -> posts for the appointed, a person
    without the post for the dismissed."""
    text = ("市人大常委会决定任免名单\n\n决定任命：\n邵可欣为江山市财政局局长；\n钱永安（女）为江山市教育局局长。\n"
            "决定免去：\n蔡启明的江山市财政局局长职务。")
    r = rec(extractor, text, home="江山市", date="2024-06-14")
    assert posts(r) == {("邵可欣", "江山市财政局", "局长"), ("钱永安", "江山市教育局", "局长")}
    assert {p["name"] for p in r["persons"]} == {"邵可欣", "钱永安", "蔡启明"}
    r = rec(extractor, "会议决定任命钱永安（女）为市教育局局长。", home="江山市", date="2024-06-14")
    assert posts(r) == {("钱永安", "江山市教育局", "局长")}


def test_leading_together_guiding_a_meeting_and_unveiling(extractor):
    text = ("本报讯 6月17日晚，县委常委、政法委书记邵可欣，副县长、县公安局局长钱永安带队开展夏夜治安巡查。\n\n"
            "本报讯 6月16日，湖镇镇“共富工坊”揭牌仪式在星火村举行。县委常委、组织部部长蔡启明，"
            "湖镇镇党委书记韩立群为工坊揭牌。星火村党支部书记程一帆介绍了工坊运行情况。\n\n"
            "本报讯 6月13日，县委常委班子召开专题民主生活会。县委书记苗振宇主持会议。市委常委、组织部部长"
            "汪朝晖到会指导并讲话。副县长骆明远主持签约仪式。")
    r = rec(extractor, text, home="龙游县", date="2024-06-20")
    by_date = roles_by_date(r)
    assert by_date["2024-06-17"] == {("邵可欣", "chair"), ("钱永安", "chair")}
    assert by_date["2024-06-16"] == {("蔡启明", "attendee"), ("韩立群", "attendee"), ("程一帆", "speaker")}
    assert by_date["2024-06-13"] == {("苗振宇", "chair"), ("汪朝晖", "attendee"), ("汪朝晖", "speaker"),
                                     ("骆明远", "chair")}


def test_democratic_party_committees_and_their_chairs(extractor):
    r = rec(extractor, "本报讯 6月12日，市政协副主席、致公党市委会主委邵可欣率队视察。", home="衢州市",
            date="2024-06-18")
    assert posts(r) == {("邵可欣", "衢州市政协", "副主席"), ("邵可欣", "致公党衢州市委会", "主委")}


def test_campaign_names_end_at_function_words_and_their_follow_ons(extractor):
    r = rec(extractor, "本报讯 6月11日，会议听取了区综合执法局关于行政执法改革推进情况的汇报。"
                       "要把党纪学习教育作为重要政治任务，深化数字化改革合作。", home="柯城区", date="2024-06-12")
    names = {c["name"] for c in r["campaigns"]}
    assert {"行政执法改革", "党纪学习教育", "数字化改革"} <= names
    assert not any("执法局" in n for n in names)


def test_what_a_visit_looks_at_is_promoted_by_its_leader(extractor):
    r = rec(extractor, "本报讯 6月5日，区委书记程一帆到石梁镇调研“千万工程”推进情况。他要求，要因地制宜打造和美乡村。",
            home="柯城区", date="2024-06-12")
    assert ("程一帆", "千万工程") in {(p["person"], p["campaign"]) for p in r["promotes"]}


def test_those_seated_on_the_rostrum_and_a_padded_name_run_into_its_verb(extractor):
    text = ("本报讯 7月2日上午，全县半年度工作会议召开。县委书记苗振宇作重要讲话。\n\n"
            "在主席台就座的还有县人大常委会主任邵可欣，县政协主席钱永安，县委常委蔡启明、程一帆等。"
            "县领导汪朝晖、骆明远、徐 萍参加。")
    r = rec(extractor, text, date="2024-07-03")
    assert roles(r) >= {("邵可欣", "attendee"), ("钱永安", "attendee"), ("蔡启明", "attendee"),
                        ("程一帆", "attendee"), ("徐萍", "attendee")}
    assert ("邵可欣", "开化县人大常委会", "主任") in posts(r)


def test_leading_officials_on_a_visit_and_reports_made_in_turn(extractor):
    text = ("本报讯 7月1日，县委副书记、县长苗振宇带领县应急管理局、县水利局负责人，到池淮镇、音坑乡督导检查防汛工作。"
            "池淮镇党委书记邵可欣、音坑乡乡长钱永安分别汇报了当地防汛准备情况。")
    r = rec(extractor, text, date="2024-07-03")
    assert roles(r) == {("苗振宇", "chair"), ("邵可欣", "speaker"), ("钱永安", "speaker")}


def test_present_to_report_and_a_remark_after_hearing_reports(extractor):
    text = ("本报讯 6月21日，县政协常委会会议召开。县政协主席邵可欣主持会议。副县长钱永安到会通报有关情况。\n\n"
            "本报讯 6月24日，县委书记苗振宇深入芳村镇调研。在随后召开的座谈会上，苗振宇听取了各乡镇工作汇报，"
            "并指出，要推动“常山胡柚”品牌建设。")
    r = rec(extractor, text, home="常山县", date="2024-06-26")
    by_date = roles_by_date(r)
    assert by_date["2024-06-21"] == {("邵可欣", "chair"), ("钱永安", "attendee"), ("钱永安", "speaker")}
    assert ("苗振宇", "speaker") in by_date["2024-06-24"]
    assert any(p["person"] == "苗振宇" and "常山胡柚" in p["campaign"] for p in r["promotes"])


def test_honours_introduce_persons_and_a_party_group_member_holds_a_post(extractor):
    r = rec(extractor, "本报讯 7月3日，全国人大代表、县劳动模范邵可欣，市政府党组成员钱永安，"
                       "全国五一劳动奖章获得者蔡启明出席会议。", date="2024-07-03")
    assert {p["name"] for p in r["persons"]} == {"邵可欣", "钱永安", "蔡启明"}
    assert posts(r) == {("邵可欣", "全国人大", "代表"), ("钱永安", "衢州市政府", "党组成员")}
    assert r["events"][0]["organizer"] is None  # the clause naming the event names no convening body


def test_a_note_between_title_and_name_and_a_comrade_after_a_title(extractor):
    r = rec(extractor, "本报讯 7月4日，区委书记苗振宇主持召开企业家座谈会。区委常委、副区长（挂职）邵可欣，"
                       "区委办副主任张 华同志参加。", home="柯城区", date="2024-07-05")
    assert {p["name"] for p in r["persons"]} == {"苗振宇", "邵可欣", "张华"}  # not 任张华
    assert posts(r) >= {("邵可欣", "柯城区委", "常委"), ("邵可欣", "柯城区政府", "副区长"),
                        ("张华", "柯城区委办", "副主任")}
    assert {("邵可欣", "attendee"), ("张华", "attendee")} <= roles(r)


def test_a_later_meeting_the_same_day_is_an_event_of_its_own(extractor):
    text = ("本报讯 7月8日上午，市长苗振宇主持召开市政府常务会议。副市长邵可欣出席。"
            "当天下午，苗振宇又主持召开全市安全生产工作会议，强调要全面排查整治各类安全隐患。\n\n"
            "本报讯 7月18日下午，全省防汛视频会议召开。县委书记钱永安在分会场参加会议。"
            "会后，我县随即召开全县防汛工作部署会。县长蔡启明主持会议。副县长程一帆通报了雨情。")
    r = rec(extractor, text, home="衢州市", parent=None, date="2024-07-19")
    by_title = {e["title"]: (e["date"], {(x["person"], x["role"]) for x in e["participants"]}) for e in r["events"]}
    assert by_title["市政府常务会议"] == ("2024-07-08", {("苗振宇", "chair"), ("邵可欣", "attendee")})
    # the chair's remark in the clause after the meeting's name makes the chair a speaker
    assert by_title["全市安全生产工作会议"] == ("2024-07-08", {("苗振宇", "chair"), ("苗振宇", "speaker")})
    assert by_title["全省防汛视频会议"] == ("2024-07-18", {("钱永安", "attendee")})
    assert by_title["全县防汛工作部署会"] == ("2024-07-18", {("蔡启明", "chair"), ("程一帆", "speaker")})


def test_the_company_a_demonstrative_refers_to_and_a_secretary_after_deputies(extractor):
    text = ("本报讯 7月10日，区政府与杭州云图数字科技有限公司签订战略合作协议。区长苗振宇与该公司总经理邵可欣代表双方签约。\n\n"
            "本报讯 7月15日，县人大常委会会议举行。县人大常委会副主任钱永安、蔡启明和秘书长程一帆出席会议。")
    r = rec(extractor, text, home="衢江区", date="2024-07-16")
    assert ("邵可欣", "杭州云图数字科技有限公司", "总经理") in posts(r)
    assert ("程一帆", "衢江区人大常委会", "秘书长") in posts(r)  # not (程一帆, 和, 秘书长)


def test_words_of_address_and_withheld_names_are_not_persons(extractor):
    text = ("村民徐大妈笑着说，日子越过越好。果农邵可欣正忙着疏果。老党员杨大爷说，要听党话。"
            "县纪委通报：某镇原党委委员余某违规公款吃喝问题；某村原党支部书记宋某某违规操办婚宴问题。")
    r = rec(extractor, text, date="2024-07-16")
    assert {p["name"] for p in r["persons"]} == {"邵可欣"}
    assert r["posts"] == []


def test_leading_the_groups_reading_is_a_speech(extractor):
    r = rec(extractor, "本报讯 7月9日，市委理论学习中心组举行专题学习会。市委书记苗振宇主持。"
                       "市委常委、宣传部长邵可欣领学有关内容。", home="衢州市", parent=None, date="2024-07-10")
    assert roles(r) == {("苗振宇", "chair"), ("邵可欣", "speaker")}


def test_a_chain_in_another_province_and_a_zones_committee(extractor):
    text = ("本报讯 7月20日，安徽省黄山市委副书记、市长苗振宇率黄山市党政代表团来我市考察交流。"
            "江山经济开发区党工委书记、管委会主任邵可欣参加活动。")
    r = rec(extractor, text, home="江山市", date="2024-07-21")
    assert posts(r) >= {("苗振宇", "黄山市委", "副书记"), ("苗振宇", "黄山市政府", "市长"),
                        ("邵可欣", "江山经济开发区管委会", "主任")}
    assert ("苗振宇", "江山市政府", "市长") not in posts(r)


def test_a_photo_caption_and_an_organised_activity(extractor):
    text = ("7月21日，市委书记苗振宇（前左二）在常山县调研胡柚产业发展情况。本报记者 吴 磊 摄\n\n"
            "本报讯 7月19日，市纪委监委组织开展警示教育活动。市委常委、市纪委书记邵可欣出席并讲话。")
    r = rec(extractor, text, home="衢州市", parent=None, date="2024-07-23")
    by_date = roles_by_date(r)
    assert by_date == {"2024-07-21": {("苗振宇", "attendee")},
                       "2024-07-19": {("邵可欣", "attendee"), ("邵可欣", "speaker")}}
    assert r["journalists"] == ["吴磊"]


def test_an_election_gives_the_post_as_an_appointment_does(extractor):
    text = ("本报讯 1月12日上午，开化县第十八届人民代表大会第四次会议胜利闭幕。县人大常委会主任程一帆主持闭幕会。"
            "会议选举苗振宇为开化县人民政府县长，邵可欣为开化县监察委员会主任，补选钱 可为县人大常委会副主任。"
            "在随后的选举中，蔡启明当选为县政协副主席。")
    r = rec(extractor, text, date="2024-01-13")
    assert posts(r) - {("程一帆", "开化县人大常委会", "主任")} == {
                       ("苗振宇", "开化县政府", "县长"), ("邵可欣", "开化县监委", "主任"),
                        ("钱可", "开化县人大常委会", "副主任"), ("蔡启明", "开化县政协", "副主席")}
    assert r["events"][0]["title"] == "开化县第十八届人民代表大会第四次会议"


def test_a_subheading_of_who_chaired_and_who_attended(extractor):
    text = ("## 苗振宇在全市项目建设推进会上强调 比学赶超抓项目\n\n邵可欣主持 钱永安 蔡启明出席\n\n"
            "本报讯(记者 方敏)8月1日上午,全市项目建设推进会召开。市委书记苗振宇出席会议并讲话,"
            "市委副书记、市长邵可欣主持会议。市人大常委会主任钱永安,市政协主席蔡启明出席。")
    r = rec(extractor, text, home="衢州市", parent=None, date="2024-08-02")
    assert roles(r) == {("苗振宇", "attendee"), ("苗振宇", "speaker"), ("邵可欣", "chair"),
                        ("钱永安", "attendee"), ("蔡启明", "attendee")}  # 邵可欣 chairs, is not only present


def test_leaders_listed_after_a_label_or_before_one_and_a_note_of_sex(extractor):
    text = ("本报讯 8月1日，全县乡村振兴工作会议召开。县委副书记邵可欣（女）出席开班仪式并作动员讲话。"
            "出席会议的县领导有：汪志强、方建平、吴国华。王 丽、李建平、孙晓东等县领导参加会议。")
    r = rec(extractor, text, date="2024-08-02")
    assert {p["name"] for p in r["persons"]} == {"邵可欣", "汪志强", "方建平", "吴国华", "王丽", "李建平", "孙晓东"}
    assert roles(r) == {("邵可欣", "attendee"), ("邵可欣", "speaker"), *{
        (n, "attendee") for n in ("汪志强", "方建平", "吴国华", "王丽", "李建平", "孙晓东")}}


def test_a_label_then_a_common_word_is_no_name_and_a_padded_name_after_a_label_is(extractor):
    text = ("本报讯 8月1日，县委书记苗振宇出席座谈会。大家围绕人才工作等县领导关心的问题展开讨论。"
            "县领导王 强、文明参加。村民李 红说，日子越过越好。")
    r = rec(extractor, text, date="2024-08-02")
    assert {p["name"] for p in r["persons"]} == {"苗振宇", "王强", "文明", "李红"}  # not 关心


def test_an_interview_subtitle_and_a_list_that_speaks_at_a_named_occasion(extractor):
    text = ("## 以“三个一号工程”为牵引\n\n## ——访柯城区委常委、常务副区长苗振宇\n\n近日，记者专访了苗振宇。\n\n"
            "本报讯 9月12日，战略合作协议签约仪式在杭州举行。区委书记邵可欣，浙江交通集团董事长钱永安"
            "出席签约仪式并致辞。")
    r = rec(extractor, text, home="柯城区", date="2024-09-14")
    assert posts(r) >= {("苗振宇", "柯城区委", "常委"), ("苗振宇", "柯城区政府", "常务副区长")}
    assert not any(o.startswith(("—", "访")) for _, o, _ in posts(r))
    assert roles(r) == {("邵可欣", "attendee"), ("邵可欣", "speaker"), ("钱永安", "attendee"), ("钱永安", "speaker")}


def test_a_group_led_on_a_visit_and_an_invited_lecturer(extractor):
    text = ("● 9月13日，区政协副主席苗振宇带领部分政协委员视察“千万工程”推进情况。\n\n"
            "本报讯 10月15日，市委理论学习中心组举行专题学习会。市委书记邵可欣主持会议并讲话。"
            "浙江大学公共管理学院教授、博士生导师钱永安应邀作专题辅导报告。")
    r = rec(extractor, text, home="衢州市", parent=None, date="2024-10-19")
    by_date = {e["date"]: e for e in r["events"]}
    assert roles_by_date(r)["2024-09-13"] == {("苗振宇", "chair")}
    assert {"person": "苗振宇", "campaign": "千万工程"} in [{k: p[k] for k in ("person", "campaign")}
                                                         for p in r["promotes"]]
    study = by_date["2024-10-15"]
    assert (study["title"], study["organizer"]) == ("市委理论学习中心组专题学习会", "衢州市委理论学习中心组")
    assert roles_by_date(r)["2024-10-15"] == {("邵可欣", "chair"), ("邵可欣", "speaker"), ("钱永安", "speaker")}


def test_a_branch_hall_a_deployment_and_a_group_discussion(extractor):
    text = ("本报讯 6月18日，全省防汛防台工作视频会议召开。县长苗振宇在县分会场参加会议并讲话。"
            "副县长邵可欣对具体工作作了部署。\n\n"
            "## 县委书记钱永安参加县政协委员分组讨论\n\n"
            "本报讯 6月19日下午，县委书记钱永安来到第三组，与县政协委员一起讨论县政府工作报告。"
            "县政协委员蔡启明等先后发言。钱永安认真听取发言后表示，要深入推进“县乡一体、条抓块统”改革。")
    r = rec(extractor, text, date="2024-06-21")
    by_date = roles_by_date(r)
    assert by_date == {"2024-06-18": {("苗振宇", "attendee"), ("苗振宇", "speaker"), ("邵可欣", "speaker")},
                       "2024-06-19": {("钱永安", "attendee"), ("钱永安", "speaker"), ("蔡启明", "speaker")}}
    assert [(p["person"], p["campaign"]) for p in r["promotes"]] == [("钱永安", "县乡一体、条抓块统")]


def test_a_decision_announced_at_a_cadres_meeting(extractor):
    text = ("本报讯 2月20日上午，全县领导干部大会召开。市委常委、组织部部长苗振宇出席会议并宣布了省委决定："
            "邵可欣同志任中共开化县委委员、常委、书记；钱永安同志不再担任中共开化县委书记、常委、委员职务，另有任用。"
            "县长蔡启明主持会议。邵可欣、钱永安作了表态发言。")
    r = rec(extractor, text, date="2025-02-21")
    assert posts(r) == {("苗振宇", "衢州市委", "常委"), ("苗振宇", "衢州市委组织部", "部长"),
                        ("邵可欣", "开化县委", "委员"), ("邵可欣", "开化县委", "常委"), ("邵可欣", "开化县委", "书记"),
                        ("蔡启明", "开化县政府", "县长")}  # 钱永安 leaves the post: a person with none
    assert "钱永安" in {p["name"] for p in r["persons"]}
    assert roles(r) == {("苗振宇", "attendee"), ("苗振宇", "speaker"), ("邵可欣", "speaker"), ("钱永安", "speaker"),
                        ("蔡启明", "chair")}


def test_posts_in_brackets_after_names_and_a_former_post_inside_a_chain(extractor):
    text = ("本报讯 近日，县委对优秀共产党员进行表彰。苗振宇（华埠镇党委委员、副镇长）、邵可欣（县人民医院护士长）、"
            "钱 可（金星村党支部书记）等30名同志获评。\n\n"
            "本报讯 3月13日，县人武部召开党委扩大会议。县委常委、县人武部政委蔡启明主持会议。\n\n"
            "衢江区政协原副主席王 强同志因病逝世。")
    r = rec(extractor, text, date="2025-03-14")
    assert {p["name"] for p in r["persons"]} == {"苗振宇", "邵可欣", "钱可", "蔡启明", "王强"}
    assert posts(r) == {("苗振宇", "华埠镇", "党委委员"), ("苗振宇", "华埠镇", "副镇长"), ("钱可", "金星村", "党支部书记"),
                        ("蔡启明", "开化县委", "常委"), ("蔡启明", "开化县人武部", "政委")}  # 原副主席: held before


def test_a_remark_after_listening_and_a_talk_with_entrepreneurs(extractor):
    text = ("## 苗振宇参加江山代表团审议\n\n本报讯 2月25日下午，市委书记苗振宇参加江山代表团审议。"
            "市人大代表邵可欣先后发言。苗振宇在认真听取大家发言后说，要以“千万工程”为牵引。\n\n"
            "## 县委书记钱永安与青年企业家座谈\n\n本报讯 4月8日，县委书记钱永安与我县青年企业家座谈交流。")
    r = rec(extractor, text, home="衢州市", parent=None, date="2025-04-11")
    assert roles_by_date(r) == {"2025-02-25": {("苗振宇", "attendee"), ("苗振宇", "speaker"), ("邵可欣", "speaker")},
                                "2025-04-08": {("钱永安", "attendee")}}
    assert [e["kind"] for e in r["events"]] == ["meeting", "meeting"]
    assert [(p["person"], p["campaign"]) for p in r["promotes"]] == [("苗振宇", "千万工程")]


def test_a_feature_among_villagers(extractor):
    text = ("本报讯 走进华埠镇金星村，村民老张正在院子里晒谷子。“现在日子好了。”老张笑着说。一旁的小李告诉记者，"
            "村里办起了工坊。村党支部书记苗振宇说，今年村集体经济收入突破100万元。华埠镇镇长助理邵可欣介绍，"
            "镇里正推进“共富工坊”建设。65岁的余大伯在工坊里剪线头。返乡青年钱永安说，他开了一家民宿。")
    r = rec(extractor, text, date="2025-03-12")
    assert {p["name"] for p in r["persons"]} == {"苗振宇", "邵可欣", "钱永安"}  # not 老张, 小李, 余大伯
    assert posts(r) == {("苗振宇", "华埠镇金星村", "党支部书记"), ("邵可欣", "华埠镇", "镇长助理")}


def test_spaces_between_a_title_a_name_and_its_verb(extractor):
    text = "本报讯 3月10日，县委书记 苗振宇 主持召开县委常委会会议。县委副书记、县长　邵可欣出席。"
    r = rec(extractor, text, date="2025-03-12")
    assert posts(r) == {("苗振宇", "开化县委", "书记"), ("邵可欣", "开化县委", "副书记"), ("邵可欣", "开化县政府", "县长")}
    assert roles(r) == {("苗振宇", "chair"), ("邵可欣", "attendee")}


def test_business_titles_take_the_company_not_a_line_of_work(extractor):
    text = ("本报讯 3月10日，县长苗振宇带队赴杭州拜访浙江大华技术股份有限公司。苗振宇与公司副总裁邵可欣进行了交流。"
            "开化纸业厂长钱永安、技术总监蔡启明出席。")
    r = rec(extractor, text, date="2025-03-12")
    assert posts(r) == {("苗振宇", "开化县政府", "县长"), ("邵可欣", "浙江大华技术股份有限公司", "副总裁"),
                        ("钱永安", "开化纸业", "厂长")}  # 技术总监: no company named


def test_a_visit_told_by_where_it_went_then_what_was_seen(extractor):
    text = ("本报讯 3月10日，县委书记苗振宇赴华埠镇，实地察看共富工坊运行情况。县领导邵可欣陪同。\n\n"
            "本报讯 3月11日，县长钱永安深入金星村，实地察看村集体经济发展情况。")
    r = rec(extractor, text, date="2025-03-12")
    by_date = roles_by_date(r)
    assert by_date == {"2025-03-10": {("苗振宇", "attendee"), ("邵可欣", "attendee")},
                       "2025-03-11": {("钱永安", "attendee")}}


def test_a_party_committee_plenum_is_organised_by_the_committee(extractor):
    city = rec(extractor, "本报讯 12月28日，中国共产党衢州市第八届委员会第八次全体(扩大)会议召开。市委书记苗振宇作工作报告。",
               home="衢州市", parent=None, date="2024-12-29")
    county = rec(extractor, "本报讯 12月27日，县委十五届七次全会召开。县委书记邵可欣作工作报告。", date="2024-12-29")
    assert [(e["title"], e["organizer"]) for e in city["events"] + county["events"]] == [
        ("中国共产党衢州市第八届委员会第八次全体(扩大)会议", "衢州市委"), ("县委十五届七次全会", "开化县委")]


def test_a_standing_committee_hears_reports_and_its_members_speak(extractor):
    text = ("本报讯 5月15日，区人大常委会召开会议。区人大常委会主任韩立群主持会议。副区长邵文博受区政府委托作报告。"
            "会议还听取了区审计局局长汪朝晖关于预算执行情况的报告。\n\n"
            "本报讯 5月16日，区政协召开常委会议。政协常委钱永安、蔡启明、骆明远围绕主题作交流发言。")
    r = rec(extractor, text, home="衢江区", date="2025-05-17")
    assert posts(r) == {("韩立群", "衢江区人大常委会", "主任"), ("邵文博", "衢江区政府", "副区长"),
                        ("汪朝晖", "衢江区审计局", "局长"),  # not 会议还听取了区审计局
                        # 政协 printed bare in a district's paper is the district's
                        ("钱永安", "衢江区政协", "常委"), ("蔡启明", "衢江区政协", "常委"), ("骆明远", "衢江区政协", "常委")}
    assert roles_by_date(r) == {
        "2025-05-15": {("韩立群", "chair"), ("邵文博", "speaker"), ("汪朝晖", "speaker")},
        # the list's last name is read to its end before 围绕
        "2025-05-16": {("钱永安", "speaker"), ("蔡启明", "speaker"), ("骆明远", "speaker")}}


def test_titled_names_that_each_speak_on_a_topic_and_a_host_who_welcomes(extractor):
    text = ("本报讯 8月18日，县委书记韩立群主持召开县委常委会会议。县委副书记、县长邵文博，县委常委、宣传部部长"
            "汪朝晖分别就相关工作作发言。\n\n"
            "本报讯 8月19日，县长邵文博会见浙江恒远集团董事长钱永安一行。邵文博对钱永安一行的到来表示欢迎。")
    r = rec(extractor, text, home="常山县", date="2025-08-20")
    by_date = roles_by_date(r)
    assert by_date["2025-08-18"] == {("韩立群", "chair"), ("邵文博", "speaker"), ("汪朝晖", "speaker")}
    assert ("邵文博", "speaker") in by_date["2025-08-19"]


def test_a_visit_verb_before_a_quoted_campaign_is_not_its_name(extractor):
    text = "本报讯 6月2日，镇党委书记韩立群带队赴下库村，实地察看“千村示范、万村整治”工程推进情况。"
    r = rec(extractor, text, home="龙游县", date="2025-06-04")
    assert {c["name"] for c in r["campaigns"]} == {"千村示范、万村整治"}


def test_a_discipline_commission_plenum_and_a_court_convene(extractor):
    district = rec(extractor, "本报讯 1月18日，中共衢州市柯城区第五届纪律检查委员会第四次全体会议召开。区委书记韩立群出席会议并讲话。",
                   home="柯城区", date="2025-01-21")
    city = rec(extractor, "本报讯 11月12日，市中级人民法院召开新闻发布会。市中级人民法院院长邵文博出席并讲话。",
               home="衢州市", parent=None, date="2025-11-13")
    assert [e["organizer"] for e in district["events"] + city["events"]] == ["柯城区纪委", "衢州市法院"]


def test_leaders_listed_before_a_label_who_each_visit_and_a_rank_after_a_post(extractor):
    text = ("本报讯 1月20日，区委书记韩立群，区委副书记、区长邵文博等区领导分别走访慰问困难党员。\n\n"
            "本报讯 1月22日，副区长汪朝晖带队督导安全生产工作。区应急管理局局长、二级巡视员钱永安参加督导。")
    r = rec(extractor, text, home="柯城区", date="2025-01-23")
    assert roles_by_date(r) == {"2025-01-20": {("韩立群", "attendee"), ("邵文博", "attendee")},
                                "2025-01-22": {("汪朝晖", "chair"), ("钱永安", "attendee")}}
    assert {("钱永安", "柯城区应急管理局", "局长"), ("钱永安", "柯城区应急管理局", "二级巡视员")} <= posts(r)


def test_watching_a_video_conference_at_the_county_hall_is_attending(extractor):
    text = "本报讯 9月3日，全省安全生产电视电话会议召开。县委书记韩立群，县委副书记、县长邵文博在县分会场收听收看。"
    r = rec(extractor, text, date="2025-09-04")
    assert roles(r) == {("韩立群", "attendee"), ("邵文博", "attendee")}


def test_a_lecture_tour_and_a_party_lecture_are_events_where_the_lecturer_speaks(extractor):
    text = ("本报讯 12月1日，县委书记韩立群到华埠镇宣讲党的二十届四中全会精神。县委常委、宣传部部长汪朝晖参加宣讲活动。\n\n"
            "本报讯 12月2日下午，县委副书记、县长邵文博以《坚定信心 真抓实干》为题，为县政府系统党员干部讲授专题党课。"
            "副县长钱永安参加。")
    r = rec(extractor, text, date="2025-12-03")
    assert roles_by_date(r) == {"2025-12-01": {("韩立群", "speaker"), ("汪朝晖", "attendee")},
                                "2025-12-02": {("邵文博", "speaker"), ("钱永安", "attendee")}}
    # 县长为县政府系统…: a phrase that ends like a place before 政府 names no organizer
    assert [e["organizer"] for e in r["events"]] == [None, None]


def test_petitioners_heard_and_an_inspection_teams_feedback(extractor):
    text = ("本报讯 12月2日，县委常委、常务副县长韩立群在县社会矛盾纠纷调处化解中心接待来访群众。\n\n"
            "本报讯 11月28日，县委第二巡察组向马金镇党委反馈巡察情况。县委常委、县纪委书记邵文博出席反馈会并讲话，"
            "县委第二巡察组组长汪朝晖反馈巡察情况。")
    r = rec(extractor, text, date="2025-12-03")
    assert roles_by_date(r) == {"2025-12-02": {("韩立群", "attendee")},
                                "2025-11-28": {("邵文博", "attendee"), ("邵文博", "speaker"), ("汪朝晖", "speaker")}}


def test_reports_given_in_turn_an_opening_ceremony_a_hearing_and_a_briefing(extractor):
    text = ("本报讯 12月4日，县十八届人大常委会第二十五次会议召开。县人大常委会主任韩立群主持会议。"
            "县人力社保局局长邵文博、县医保局局长汪朝晖分别作述职报告。\n\n"
            "本报讯 12月8日，全县年轻干部培训班在县委党校开班。县委常委、组织部部长钱永安出席开班式并作动员讲话。\n\n"
            "本报讯 12月9日，全县安全生产暗访督查情况通报会召开。县文化广电旅游局局长柯立安作推介。\n\n"
            "本报讯 12月10日，县政协召开议事会。副县长蔡启明到会听取意见并讲话。")
    r = rec(extractor, text, home="龙游县", date="2025-12-11")
    assert roles_by_date(r) == {"2025-12-04": {("韩立群", "chair"), ("邵文博", "speaker"), ("汪朝晖", "speaker")},
                                "2025-12-08": {("钱永安", "attendee"), ("钱永安", "speaker")},
                                "2025-12-09": {("柯立安", "speaker")},
                                "2025-12-10": {("蔡启明", "attendee"), ("蔡启明", "speaker")}}
    briefing = next(e for e in r["events"] if e["date"] == "2025-12-09")
    assert (briefing["title"], briefing["kind"]) == ("全县安全生产暗访督查情况通报会", "meeting")


def test_a_villager_is_no_village_and_a_congress_committee_session_names_its_plenary(extractor):
    text = ("本报讯 走进湖镇镇星火村的共富工坊，十几位村民正在忙着加工来料。据村党支部书记韩立群介绍，工坊今年已带动"
            "村民增收80余万元。\n\n"
            "本报讯 12月19日，江山市第十七届人民代表大会常务委员会第三十次会议举行第一次全体会议。市人大常委会主任"
            "邵文博主持会议。")
    r = rec(extractor, text, home="江山市", parent="衢州市", date="2025-12-20")
    assert ("韩立群", "湖镇镇星火村", "党支部书记") in posts(r)
    assert [(e["title"], e["organizer"]) for e in r["events"]] == [
        ("江山市第十七届人民代表大会常务委员会第三十次会议", "江山市人大常委会")]


def test_a_quoted_programme_that_is_a_verbs_whole_object_is_a_campaign(extractor):
    text = ("本报讯 12月29日，县委常委会召开会议。会议指出，要深入实施“县域经济向上突围”，全力打好“项目攻坚年”，"
            "当好决策落实“助推器”，实施“组团式”帮扶。")
    r = rec(extractor, text, home="龙游县", date="2025-12-30")
    assert {c["name"] for c in r["campaigns"]} == {"县域经济向上突围", "项目攻坚年"}


def test_a_delegations_head_is_present_and_demands_made_of_a_meeting_are_a_speech(extractor):
    text = ("本报讯 12月3日，县委书记韩立群会见了以安徽省黄山市副市长邵文博为团长的经贸代表团一行。县领导汪朝晖参加会见。\n\n"
            "本报讯 12月5日，全县冬春农田水利建设推进会召开。副县长钱永安出席会议，并对做好下一步工作提出明确要求。"
            "县农业农村局局长蔡启明主持会议。")
    r = rec(extractor, text, home="龙游县", date="2025-12-06")
    assert roles_by_date(r) == {"2025-12-03": {("韩立群", "attendee"), ("邵文博", "attendee"), ("汪朝晖", "attendee")},
                                "2025-12-05": {("钱永安", "attendee"), ("钱永安", "speaker"), ("蔡启明", "chair")}}


def test_a_news_conference_a_review_of_reports_an_award_and_a_message(extractor):
    text = ("本报讯 1月19日，区政府新闻办举行2025年全区经济运行情况新闻发布会。区委常委、副区长韩立群介绍有关情况，"
            "区发改局局长邵文博、区统计局局长汪朝晖回答记者提问。\n\n"
            "本报讯 1月23日，全区乡镇党委书记抓基层党建工作述职评议会召开。区委书记钱永安出席会议，对各乡镇党委书记的"
            "述职逐一点评。莲花镇党委书记蔡启明、全旺镇党委书记柯立安等6名乡镇党委书记现场述职。\n\n"
            "本报讯 1月26日，全区“奋斗者”表彰大会举行。区委书记钱永安，区委副书记、区长韩立群等区领导为获奖者颁奖。\n\n"
            "本报讯 1月30日，“春风行动”志愿服务启动仪式举行。区委常委、宣传部部长汪朝晖为志愿服务队授旗，并寄语志愿者。"
            "区政协主席蔡启明到会祝贺并讲话。")
    r = rec(extractor, text, home="衢江区", date="2026-01-31")
    assert roles_by_date(r) == {
        "2026-01-19": {("韩立群", "speaker"), ("邵文博", "speaker"), ("汪朝晖", "speaker")},
        "2026-01-23": {("钱永安", "attendee"), ("钱永安", "speaker"), ("蔡启明", "speaker"), ("柯立安", "speaker")},
        "2026-01-26": {("钱永安", "attendee"), ("韩立群", "attendee")},
        "2026-01-30": {("汪朝晖", "attendee"), ("汪朝晖", "speaker"), ("蔡启明", "attendee"), ("蔡启明", "speaker")}}
    assert r["events"][0]["organizer"] == "衢江区政府新闻办"
    assert {(p["person"], p["campaign"]) for p in r["promotes"]} == {("汪朝晖", "春风行动"), ("蔡启明", "春风行动")}


def test_the_youth_league_committee_is_named_with_its_place_and_convenes(extractor):
    r = rec(extractor, "本报讯 1月19日，团县委召开全县青年工作会议。团县委书记韩立群，团市委副书记邵文博出席会议并讲话。",
            home="开化县", date="2026-01-20")
    assert posts(r) == {("韩立群", "共青团开化县委", "书记"), ("邵文博", "共青团衢州市委", "副书记")}
    assert [e["organizer"] for e in r["events"]] == ["共青团开化县委"]


def test_a_bare_heads_title_takes_the_unit_of_the_sentence_and_a_committees_conference_is_its_own(extractor):
    text = ("本报讯 1月5日，县委农村工作会议召开。县委书记韩立群出席会议并讲话。县人民医院党委书记邵文博，院长汪朝晖，"
            "开化农商银行党委书记钱永安，行长蔡启明参加会议。")
    r = rec(extractor, text, date="2026-01-06")
    assert posts(r) >= {("汪朝晖", "开化县人民医院", "院长"), ("蔡启明", "开化农商银行", "行长")}
    assert [e["organizer"] for e in r["events"]] == ["开化县委"]
    # 县委宣传部工作会议 is the department's, not the committee's: no organizer read from the title
    r = rec(extractor, "本报讯 1月5日，县委宣传部工作会议召开。县委常委、宣传部部长韩立群出席会议并讲话。",
            date="2026-01-06")
    assert [e["organizer"] for e in r["events"]] == [None]


def test_each_of_a_list_visits_after_going_somewhere_and_a_bare_rank_is_no_post(extractor):
    text = ("本报讯 1月20日，县委书记韩立群来到华埠镇，看望慰问困难党员。县人大常委会主任邵文博，县政协主席汪朝晖"
            "分别到池淮镇、音坑乡慰问困难群众。\n\n"
            "本报讯 1月22日，县长钱永安主持召开县政府第八十次常务会议。县二级巡视员蔡启明列席会议。")
    r = rec(extractor, text, date="2026-01-23")
    assert roles_by_date(r) == {"2026-01-20": {("韩立群", "attendee"), ("邵文博", "attendee"), ("汪朝晖", "attendee")},
                                "2026-01-22": {("钱永安", "chair"), ("蔡启明", "attendee")}}
    assert not [p for p in r["posts"] if p["person"] == "蔡启明"]


def test_a_visiting_district_a_named_team_and_a_township_that_convenes(extractor):
    text = ("本报讯 1月17日，上海市闵行区委副书记、区长韩立群率闵行区党政代表团来我县考察。\n\n"
            "本报讯 1月26日，中央第八督导组进驻衢州市工作动员会召开。督导组组长邵文博作动员讲话。\n\n"
            "本报讯 1月18日，球川镇召开2026年经济工作会议。镇党委书记汪朝晖作工作报告。\n\n"
            "本报讯 1月19日，全县现场推进会在华埠镇召开。县委书记钱永安出席会议并讲话。")
    r = rec(extractor, text, home="常山县", date="2026-01-27")
    # a district is named by itself, as 衢江区委 is (FORMAT.md), though its city is printed before it
    assert posts(r) >= {("韩立群", "闵行区委", "副书记"), ("韩立群", "闵行区政府", "区长"),
                        ("邵文博", "中央第八督导组", "组长"), ("汪朝晖", "球川镇", "党委书记")}
    assert {e["date"]: e["organizer"] for e in r["events"]} == {
        "2026-01-17": None, "2026-01-26": None, "2026-01-18": "球川镇", "2026-01-19": None}


def test_a_special_correspondent_a_courtesy_name_and_a_training_course_a_body_holds(extractor):
    text = ("本报记者 韩立群 见习记者 邵文博 特约通讯员 汪朝晖\n\n"
            "走进航埠镇北二村的共富工坊，市民李先生专程赶来订购年货。游客王女士说，这里的年糕好吃。\n\n"
            "本报讯 1月21日，区政协举办委员履职能力提升培训班。区政协主席钱永安出席并作开班动员。")
    r = rec(extractor, text, home="柯城区", date="2026-01-22")
    assert r["journalists"] == ["韩立群", "邵文博", "汪朝晖"]
    assert [p["name"] for p in r["persons"]] == ["钱永安"]
    assert [(e["organizer"], roles(r)) for e in r["events"]] == [
        ("柯城区政协", {("钱永安", "attendee"), ("钱永安", "speaker")})]


def test_a_committees_numbered_meeting_and_a_groups_meeting_are_named_by_the_body(extractor):
    text = ("本报讯 1月5日，县委审计委员会召开第五次会议。县委书记韩立群主持会议并讲话。\n\n"
            "本报讯 1月6日，县委书记、县委平安开化建设领导小组组长韩立群主持召开领导小组会议。\n\n"
            "本报讯 1月7日，县委书记韩立群主持召开县委全面深化改革委员会第十二次会议。\n\n"
            "本报讯 1月8日，县政府党组召开理论学习中心组学习会。县长邵文博主持会议。")
    r = rec(extractor, text, date="2026-01-09")
    assert [(e["title"], e["organizer"]) for e in r["events"]] == [
        ("县委审计委员会第五次会议", "开化县委审计委员会"),
        ("县委平安开化建设领导小组会议", "开化县委平安开化建设领导小组"),
        ("县委全面深化改革委员会第十二次会议", "开化县委全面深化改革委员会"),
        ("理论学习中心组学习会", "开化县政府党组")]


def test_a_report_heard_a_report_made_to_a_leader_and_a_talk_with_a_township_head(extractor):
    text = ("本报讯 1月5日，县委书记韩立群主持召开县委常委会会议，听取了县发改局局长邵文博的工作汇报。\n\n"
            "本报讯 1月6日，县委书记韩立群到华埠镇调研，并与镇党委书记汪朝晖座谈。在金星村，村党支部书记钱永安"
            "向县委书记韩立群汇报了村集体经济发展情况。")
    r = rec(extractor, text, date="2026-01-07")
    assert roles_by_date(r) == {"2026-01-05": {("韩立群", "chair"), ("邵文博", "speaker")},
                                "2026-01-06": {("韩立群", "attendee"), ("汪朝晖", "attendee"), ("钱永安", "speaker")}}
    assert ("汪朝晖", "华埠镇", "党委书记") in posts(r)


def test_a_later_visit_with_no_title_is_named_by_its_clause_without_date_or_stop(extractor):
    text = "本报讯 1月5日上午，县委书记韩立群到华埠镇调研。县领导邵文博陪同。\n\n1月6日，韩立群还到池淮镇走访慰问困难群众。"
    r = rec(extractor, text, date="2026-01-08")
    assert [(e["date"], e["title"]) for e in r["events"]] == [
        ("2026-01-05", "县委书记韩立群到华埠镇调研"), ("2026-01-06", "韩立群还到池淮镇走访慰问困难群众")]


def test_a_title_with_the_date_inside_or_after_a_reporters_source(extractor):
    text = ("本报讯 全县经济工作会议1月5日在县行政中心召开。县委书记韩立群出席会议并讲话。\n\n"
            "本报讯 县委常委会1月6日召开会议，传达学习省委全会精神。县委书记韩立群主持会议。\n\n"
            "本报讯（记者 王一）记者从1月7日召开的全县人才工作会议上获悉，我县引进人才1200名。县委副书记邵文博出席会议并讲话。")
    r = rec(extractor, text, date="2026-01-08")
    assert [(e["date"], e["title"], e["kind"], e["organizer"]) for e in r["events"]] == [
        ("2026-01-05", "全县经济工作会议", "meeting", None),
        ("2026-01-06", "县委常委会会议", "meeting", "开化县委常委会"),
        ("2026-01-07", "全县人才工作会议", "meeting", None)]


def test_leaders_labelled_by_rank_are_listed_present(extractor):
    r = rec(extractor, "本报讯 1月5日，全县经济工作会议召开。县级领导干部韩立群、邵文博参加会议。", date="2026-01-08")
    assert roles(r) == {("韩立群", "attendee"), ("邵文博", "attendee")}
    assert posts(r) == set()


def test_an_interviews_answers_are_the_interviewees_remarks(extractor):
    text = ("# 对话县长\n\n——访县委副书记、县长韩立群\n\n记者：今年全县经济工作的重点是什么？\n\n"
            "韩立群：我们将全力打好“项目攻坚年”硬仗，深入推进“千万工程”。")
    r = rec(extractor, text, date="2026-01-08")
    assert posts(r) == {("韩立群", "开化县委", "副书记"), ("韩立群", "开化县政府", "县长")}
    assert {(p["person"], p["campaign"]) for p in r["promotes"]} == {("韩立群", "项目攻坚年"), ("韩立群", "千万工程")}


def test_an_honours_list_and_a_count_of_those_honoured_name_persons(extractor):
    text = ("# 开化县2025年度优秀共产党员名单\n\n（按姓氏笔画排序）\n\n韩立群 华埠镇金星村党支部书记\n\n"
            "邵文博（女） 县人民医院护士长\n\n汪朝晖 开化县公安局民警\n\n# 关于表彰的决定\n\n"
            "县委决定，授予钱永安、蔡启明等10名同志“开化县优秀共产党员”称号。")
    r = rec(extractor, text, date="2026-01-08")
    assert {p["name"] for p in r["persons"]} == {"韩立群", "邵文博", "汪朝晖", "钱永安", "蔡启明"}
    assert posts(r) == {("韩立群", "华埠镇金星村", "党支部书记")}
    assert r["events"] == [] and r["campaigns"] == []


def test_a_profiles_subject_is_named_by_age_and_holds_the_post_the_story_gives(extractor):
    text = ("# 他把荒山变成了金山\n\n今年52岁的韩立群是柯城区九华乡妙源村党支部书记。工作的重点是村党支部书记。\n\n"
            "68岁的邵文博笑着说，日子越过越好了。")
    r = rec(extractor, text, home="柯城区", date="2026-01-08")
    assert {p["name"] for p in r["persons"]} == {"韩立群", "邵文博"}
    assert posts(r) == {("韩立群", "柯城区九华乡妙源村", "党支部书记")}


def test_a_body_elected_to_under_its_full_session_name_is_canonical(extractor):
    text = ("本报讯 2月9日，会议选举韩立群为政协江山市第十届委员会副主席，选举邵文博为中国共产党江山市第十五届委员会委员，"
            "汪朝晖为中共江山市第十五届纪律检查委员会书记。")
    r = rec(extractor, text, home="江山市", parent="衢州市", date="2026-02-11")
    assert posts(r) == {("韩立群", "江山市政协", "副主席"), ("邵文博", "江山市委", "委员"), ("汪朝晖", "江山市纪委", "书记")}


def test_an_opening_address_a_welcome_and_a_ceremony_jointly_hosted(extractor):
    text = ("本报讯 1月5日，龙游县第五届运动会开幕。县委书记韩立群宣布运动会开幕，县长邵文博致开幕词。副县长汪朝晖致欢迎辞。\n\n"
            "本报讯 1月6日，由县委宣传部、县文明办联合主办的“最美龙游人”颁奖典礼举行。县委副书记钱永安为活动致辞，"
            "副县长蔡启明为获奖代表颁奖。")
    r = rec(extractor, text, home="龙游县", date="2026-01-08")
    assert roles_by_date(r) == {"2026-01-05": {("韩立群", "attendee"), ("邵文博", "speaker"), ("汪朝晖", "speaker")},
                                "2026-01-06": {("钱永安", "speaker"), ("蔡启明", "attendee")}}
    assert [(e["title"], e["kind"], e["organizer"]) for e in r["events"]] == [
        ("龙游县第五届运动会", "other", None), ("“最美龙游人”颁奖典礼", "other", "龙游县委宣传部")]


def test_a_speech_by_video_link(extractor):
    r = rec(extractor, "本报讯 1月5日，全县经济工作会议召开。县委书记韩立群通过视频连线讲话。县长邵文博以视频方式出席并致辞。",
            home="龙游县", date="2026-01-08")
    assert roles(r) == {("韩立群", "speaker"), ("邵文博", "attendee"), ("邵文博", "speaker")}


def test_a_paragraph_of_bare_demands_goes_on_with_the_speech_before_it(extractor):
    text = ("本报讯 1月5日，全县经济工作会议召开。县委书记韩立群出席会议并讲话。\n\n"
            "韩立群强调，要坚持稳中求进，全力打好“项目攻坚年”硬仗。\n\n"
            "要聚焦“两山”转化，持续深化“县乡一体、条抓块统”改革。\n\n"
            "会议要求，要扎实推进“千万工程”。")
    r = rec(extractor, text, date="2026-01-08")
    assert {(p["person"], p["campaign"]) for p in r["promotes"]} == {
        ("韩立群", "项目攻坚年"), ("韩立群", "两山转化"), ("韩立群", "县乡一体、条抓块统")}


def test_a_units_head_by_its_rank_and_workers_named_by_their_trade(extractor):
    text = ("本报讯 3月15日，县公安局交警大队大队长韩立群带队检查。县法院马金人民法庭庭长邵文博参加。\n\n"
            "种粮大户汪朝晖说，今年亩产又高了。县人民医院主任医师钱永安、员额检察官蔡启明到村开展义诊和普法。")
    r = rec(extractor, text, date="2026-03-18")
    assert posts(r) == {("韩立群", "开化县公安局交警大队", "大队长"), ("邵文博", "开化县法院马金人民法庭", "庭长")}
    assert {p["name"] for p in r["persons"]} == {"韩立群", "邵文博", "汪朝晖", "钱永安", "蔡启明"}


def test_names_elected_in_a_list_and_a_new_committees_roster(extractor):
    # the roster's lines run together in the OCR; a congress's session number is no part of its body
    text = ("本报讯 9月29日，全会选举韩立群为县委书记。全会通过了县纪委全会选举结果，邵文博当选为县纪委书记，"
            "汪朝晖、钱永安当选为县纪委副书记。\n\n"
            "中国共产党开化县第十五届纪律检查委员会书记、副书记、常务委员会委员名单\n\n"
            "书记：邵文博副书记：汪朝晖 钱永安常务委员会委员（按姓氏笔画为序）：邵文博 汪朝晖 钱永安蔡启明\n\n"
            "开化县第十八届人民代表大会常务委员会主任、副主任名单\n\n主任：苗振宇\n\n副主任：钱 进 高明远")
    r = rec(extractor, text, date="2021-09-30")
    assert posts(r) == {
        ("韩立群", "开化县委", "书记"), ("邵文博", "开化县纪委", "书记"), ("汪朝晖", "开化县纪委", "副书记"),
        ("钱永安", "开化县纪委", "副书记"), ("邵文博", "开化县纪委", "常委"), ("汪朝晖", "开化县纪委", "常委"),
        ("钱永安", "开化县纪委", "常委"), ("蔡启明", "开化县纪委", "常委"), ("苗振宇", "开化县人大常委会", "主任"),
        ("钱进", "开化县人大常委会", "副主任"), ("高明远", "开化县人大常委会", "副主任")}
    heading = clean_text(text).index("中国共产党")
    ev = next(p for p in r["posts"] if p["person"] == "蔡启明")["evidence"]
    assert ev["sentence_start"] == heading and ev["quote"].startswith("中国共产党开化县第十五届")


def test_a_campaigns_weak_suffix_is_left_off_its_name_a_strong_one_kept(extractor):
    text = ("本报讯 5月11日，县委常委会召开会议。县委书记韩立群主持会议并讲话。他强调，要扎实开展“我为群众办实事”实践活动，"
            "推进“美丽河湖”建设和“找寻查挖”专项行动，做强“常山胡柚”品牌建设，把党史学习教育同建设共同富裕示范区结合起来。")
    r = rec(extractor, text, date="2021-05-12")
    assert {c["name"] for c in r["campaigns"]} == {"我为群众办实事", "美丽河湖", "找寻查挖专项行动", "常山胡柚品牌建设",
                                                  "党史学习教育", "共同富裕示范区"}


def test_a_dateline_with_the_place_filed_from_a_group_with_a_second_name_and_a_start_declared(extractor):
    text = ("# 衢州代表团举行全体会议\n\n本报杭州讯（记者 苗振宇 钱永安）6月20日，衢州代表团举行全体会议。市委书记韩立群主持会议。\n\n"
            "本报讯 3月19日晚，市疫情防控工作领导小组（指挥部）召开视频调度会。市长、市疫情防控工作领导小组常务副组长邵文博"
            "作部署，强调要坚持“动态清零”总方针。\n\n"
            "本报讯 6月21日，火炬传递活动举行。市委书记汪朝晖宣布火炬传递活动开始。")
    r = rec(extractor, text, home="衢州市", parent=None, date="2022-06-22")
    assert r["journalists"] == ["苗振宇", "钱永安"]
    assert ("邵文博", "衢州市疫情防控工作领导小组", "常务副组长") in posts(r)
    assert [(e["date"], e["organizer"]) for e in r["events"]] == [
        ("2022-06-20", None), ("2022-03-19", "衢州市疫情防控工作领导小组"), ("2022-06-21", None)]
    assert roles_by_date(r)["2022-06-21"] == {("汪朝晖", "attendee")}
    assert {c["name"] for c in r["campaigns"]} == {"动态清零"}


def test_a_deputys_village_is_as_printed_and_a_proposal_names_who_made_it(extractor):
    text = ("本报讯 1月7日，县人大代表、华埠镇下溪村党支部书记韩立群说，要建好“共富工坊”。县政府党组成员、发改局局长邵文博出席。"
            "县政协委员、浙江某某农业有限公司总经理汪朝晖表示，将投身“两山”转化实践。市人大代表、县人民医院院长钱永安建议，加快医共体建设。")
    r = rec(extractor, text, date="2022-01-08")
    assert posts(r) == {("韩立群", "开化县人大", "代表"), ("韩立群", "华埠镇下溪村", "党支部书记"),
                        ("邵文博", "开化县政府", "党组成员"), ("邵文博", "开化县发改局", "局长"),
                        ("汪朝晖", "开化县政协", "委员"), ("汪朝晖", "浙江某某农业有限公司", "总经理"),
                        ("钱永安", "衢州市人大", "代表"), ("钱永安", "开化县人民医院", "院长")}
    assert {(p["person"], p["campaign"]) for p in r["promotes"]} == {("韩立群", "共富工坊"), ("汪朝晖", "两山转化")}


def test_a_bare_group_is_the_one_named_before_and_a_party_groups_deputies_take_the_heads_body(extractor):
    text = ("本报讯 5月19日，区委第五轮巡察工作动员部署会召开。区委副书记、区委巡察工作领导小组组长韩立群出席会议并讲话。"
            "区纪委书记、区监委主任、领导小组副组长邵文博主持会议。")
    r = rec(extractor, text, home="柯城区", date="2024-05-20")
    assert ("邵文博", "柯城区委巡察工作领导小组", "副组长") in posts(r)
    # no group named before: no post, rather than a group of the district's own
    r = rec(extractor, "本报讯 5月19日，区纪委书记、领导小组副组长邵文博主持会议。", home="柯城区", date="2024-05-20")
    assert posts(r) == {("邵文博", "柯城区纪委", "书记")}
    r = rec(extractor, "本报讯 8月1日，县委理论学习中心组举行专题学习会。县委书记、中心组组长钱永安主持。",
            home="常山县", date="2022-08-03")
    assert ("钱永安", "常山县委理论学习中心组", "组长") in posts(r)
    text = ("本报讯 9月12日，市人大常委会党组书记、主任韩立群主持召开党组会议。党组副书记、副主任邵文博，"
            "党组成员、副主任汪朝晖出席会议。")
    r = rec(extractor, text, home="衢州市", parent=None, date="2023-09-15")
    assert posts(r) == {("韩立群", "衢州市人大常委会", "党组书记"), ("韩立群", "衢州市人大常委会", "主任"),
                        ("邵文博", "衢州市人大常委会", "党组副书记"), ("邵文博", "衢州市人大常委会", "副主任"),
                        ("汪朝晖", "衢州市人大常委会", "党组成员"), ("汪朝晖", "衢州市人大常委会", "副主任")}


def test_a_districts_bodies_under_its_citys_name_a_talks_host_and_a_quoted_goal_less_its_verb(extractor):
    text = ("本报讯 2月7日上午，政协衢州市衢江区第五届委员会第三次会议开幕。政协衢州市衢江区第五届委员会主席韩立群作工作报告。"
            "衢州市柯城区某某有限公司总经理邵文博列席会议。\n\n"
            "本报讯 2月6日，区长汪朝晖与某银行浙江省分行党委书记、行长钱永安一行座谈。\n\n"
            "本报讯 2月5日，区委书记蔡启明说，要围绕“奋力打造四省边际共同富裕示范区”目标，以“地瓜经济”提能升级为牵引。")
    r = rec(extractor, text, home="衢江区", date="2023-02-08")
    assert ("韩立群", "衢江区政协", "主席") in posts(r)
    assert ("邵文博", "衢州市柯城区某某有限公司", "总经理") in posts(r)  # a firm's name stays as printed
    assert [e["organizer"] for e in r["events"] if e["date"] == "2023-02-07"] == ["衢江区政协"]
    assert roles_by_date(r)["2023-02-06"] == {("汪朝晖", "attendee"), ("钱永安", "attendee")}
    assert {c["name"] for c in r["campaigns"]} == {"四省边际共同富裕示范区", "地瓜经济"}


def test_a_discipline_notice_names_the_disciplined_and_a_former_post_covers_the_chain(extractor):
    text = ("本报讯 经县委批准，县纪委县监委对县自然资源和规划局原党组书记、局长韩立群严重违纪违法问题进行了立案审查调查。"
            "华埠镇党委原副书记邵文博违规公款吃喝，受到党内警告处分。\n\n"
            "本报讯 4月17日，县委书记汪朝晖强调，要坚持和发展新时代“枫桥经验”。")
    r = rec(extractor, text, date="2024-04-18")
    assert {p["name"] for p in r["persons"]} == {"韩立群", "邵文博", "汪朝晖"}
    assert posts(r) == {("汪朝晖", "开化县委", "书记")}  # no post held now by either of the disciplined
    assert {(p["person"], p["campaign"]) for p in r["promotes"]} == {("汪朝晖", "枫桥经验")}


def test_a_bare_head_after_a_named_places_leader_is_that_places(extractor):
    # in the city's paper: 江山市委书记甲，市长乙 -> 乙 is 江山市's mayor, not the city's own
    r = rec(extractor, "本报讯 3月11日，市委书记汪朝晖到江山市调研。江山市委书记韩立群，市长邵文博陪同。",
            home="衢州市", parent=None, date="2025-03-12")
    assert posts(r) == {("汪朝晖", "衢州市委", "书记"), ("韩立群", "江山市委", "书记"), ("邵文博", "江山市政府", "市长")}
    # in a county-level city's paper the city above is named in full for its own posts: 市长 is the paper's
    r = rec(extractor, "本报讯 3月11日，衢州市委副书记韩立群，市长邵文博出席。", home="江山市", parent="衢州市",
            date="2025-03-12")
    assert posts(r) == {("韩立群", "衢州市委", "副书记"), ("邵文博", "江山市政府", "市长")}


def test_each_of_a_list_who_presents_a_situation_speaks(extractor):
    text = ("本报讯 3月10日，衢州市与金华市合作交流座谈会在衢州举行。金华市副市长韩立群，衢州市副市长邵文博分别介绍两市合作情况。"
            "县委书记汪朝晖介绍，该县去年新增项目20个。")
    r = rec(extractor, text, home="衢州市", parent=None, date="2025-03-12")
    assert roles(r) == {("韩立群", "speaker"), ("邵文博", "speaker")}  # 汪朝晖介绍，… is a remark, no role


def test_where_a_role_was_taken_a_lecture_a_branch_meeting_and_work_on_site(extractor):
    text = ("本报讯 3月5日，县委书记韩立群在华埠镇主持召开座谈会，听取意见建议。\n\n"
            "本报讯 3月4日，浙江大学教授邵文博来我县作专题报告。县委常委、宣传部部长汪朝晖主持报告会。\n\n"
            "本报讯 3月3日，县长钱永安带领县直有关部门负责人，到池淮镇现场办公。\n\n"
            "本报讯 3月2日，县委副书记蔡启明参加并指导县委办党支部组织生活会。\n\n"
            "本报讯 3月1日，县发改局（县粮食和物资储备局）局长骆明远出席会议。")
    r = rec(extractor, text, date="2024-03-08")
    assert roles_by_date(r) == {"2024-03-05": {("韩立群", "chair")},
                                "2024-03-04": {("邵文博", "speaker"), ("汪朝晖", "chair")},
                                "2024-03-03": {("钱永安", "chair")},
                                "2024-03-02": {("蔡启明", "attendee")},
                                "2024-03-01": {("骆明远", "attendee")}}
    assert ("骆明远", "开化县发改局", "局长") in posts(r)  # the unit's first name, not the one in brackets


def test_a_witnessed_signing_a_visit_by_its_kind_and_a_stay_in_a_township(extractor):
    text = ("本报讯 3月5日，在县委书记韩立群的见证下，副县长邵文博与某公司总经理汪朝晖签订合作协议。\n\n"
            "本报讯 3月4日，县委副书记钱永安带头下沉到华埠镇开展“三服务”活动。\n\n"
            "本报讯 3月3日，县长蔡启明开展“四不两直”暗访检查。县长蔡启明见证了开化的变化。")
    r = rec(extractor, text, date="2024-03-08")
    assert roles_by_date(r) == {"2024-03-05": {("韩立群", "attendee"), ("邵文博", "attendee"), ("汪朝晖", "attendee")},
                                "2024-03-04": {("钱永安", "attendee")},
                                "2024-03-03": {("蔡启明", "attendee")}}


def test_a_name_ends_before_what_the_leader_did(extractor):
    words = ("了解", "勉励", "叮嘱", "冒雨", "第一时间", "通过", "呼吁", "感谢", "一路", "号召")
    names = ("丁辰彬", "龚娥艳", "邹峰彬", "白玲建", "吴强新", "马新春", "邵静海", "董娥俊", "龙敏建", "卢丽丽")
    for word, name in zip(words, names):
        r = rec(extractor, f"本报讯 3月5日，县委副书记{name}{word}相关工作。", date="2024-03-08")
        assert [p["name"] for p in r["persons"]] == [name], word


def test_residents_and_workers_named_by_what_they_do_are_persons(extractor):
    for label, name in (("电商主播", "吕辰怡"), ("92岁老人", "江娜志"), ("退休干部", "熊敏怡"), ("村会计", "宋秀鹏"),
                        ("农业专家", "夏建宏"), ("施工员", "谭艳桂"), ("环卫工人", "杜辉怡"), ("驾驶员", "薛磊嘉")):
        r = rec(extractor, f"本报讯 3月5日，华埠镇金星村{label}{name}说，今年收成很好。", date="2024-03-08")
        assert [p["name"] for p in r["persons"]] == [name], label


def test_a_governments_notice_of_appointments_one_a_line(extractor):
    text = ("开化县人民政府关于韩立群等同志职务任免的通知\n\n各乡镇人民政府，县政府各部门：\n经县政府研究决定：\n"
            "韩立群任县教育局副局长；\n邵文博（女）任县财政局副局长（试用期一年）；\n免去汪朝晖的县财政局副局长职务。\n\n"
            "开化县人民政府\n2024年3月5日")
    r = rec(extractor, text, date="2024-03-08")
    assert {p["name"] for p in r["persons"]} == {"韩立群", "邵文博", "汪朝晖"}
    assert posts(r) == {("韩立群", "开化县教育局", "副局长"), ("邵文博", "开化县财政局", "副局长")}


def test_more_ways_of_speaking_at_a_meeting_and_of_guiding_on_site(extractor):
    for verb, want in (("发表重要讲话", {"speaker"}), ("提出明确要求", {"speaker"}), ("作会议总结", {"speaker"}),
                       ("进行动员部署", {"speaker"}), ("作情况汇报", {"speaker"}), ("亲临现场指导", {"attendee"})):
        r = rec(extractor, f"本报讯 3月5日，全县安全生产工作会议召开。副县长邵文博{verb}。", date="2024-03-08")
        assert {x["role"] for e in r["events"] for x in e["participants"] if x["person"] == "邵文博"} == want, verb


def test_visits_told_by_where_they_went_or_what_was_looked_at(extractor):
    for phrase, want in (("检查安全生产工作", {"attendee"}), ("来到华埠镇", {"attendee"}), ("走进华埠镇金星村", {"attendee"}),
                         ("实地察看项目", {"attendee"}), ("深入一线", {"attendee"}), ("前往华埠镇", {"attendee"}),
                         ("踏勘项目现场", {"attendee"}), ("开展巡河", {"attendee"}), ("专题调研", {"attendee"}),
                         ("实地查看", {"attendee"}), ("率调研组来我县调研", {"chair"}), ("参加义务植树", {"attendee"})):
        r = rec(extractor, f"本报讯 3月5日，县长邵文博{phrase}。", date="2024-03-08")
        assert {x["role"] for e in r["events"] for x in e["participants"]} == want, phrase
    # a farmer in his own field is on no visit
    r = rec(extractor, "本报讯 3月5日，种粮大户邵文博走进自家田里查看秧苗长势。", date="2024-03-08")
    assert r["events"] == []


def test_a_quoted_term_framed_as_a_programme_or_listed_as_policy_work_is_a_campaign(extractor):
    text = ("本报讯 3月5日，县委书记邵文博主持召开会议。邵文博强调，要以“全员抓督查”为导向，践行“两山”理念，"
            "严格落实“四早”要求，抓好“双减”、“三农”等重点工作。要当好“排头兵”，架起“连心桥”，办好“老杨”工作室。")
    r = rec(extractor, text, date="2024-03-08")
    assert {c["name"] for c in r["campaigns"]} == {"全员抓督查", "两山", "四早", "双减", "三农"}


def test_a_credit_for_text_and_pictures_and_a_byline_closing_the_report(extractor):
    r = rec(extractor, "文/邵文博 图/汪朝晖\n\n3月5日，县委书记韩立群出席会议。")
    assert r["journalists"] == ["邵文博", "汪朝晖"]
    r = rec(extractor, "本报讯 3月5日，县委书记韩立群出席会议。（邵文博 汪朝晖）")
    assert r["journalists"] == ["邵文博", "汪朝晖"]
    r = rec(extractor, "3月5日，县委书记韩立群出席会议。（记者 邵文博 通讯员 汪朝晖）")
    assert r["journalists"] == ["邵文博", "汪朝晖"]
    # a note in brackets is no byline
    r = rec(extractor, "3月5日，副县长韩立群出席会议并讲话（视频）。3月5日，县长汪朝晖出席会议。（挂职）")
    assert r["journalists"] == []


def test_a_verb_before_a_firm_is_no_part_of_its_name_and_a_bare_team_is_the_one_named(extractor):
    for verb in ("拜访了", "邀请", "接待了", "约见", "来到", "走进", "致信"):
        r = rec(extractor, f"本报讯 3月5日，县委书记韩立群{verb}某集团董事长邵文博。", date="2024-03-08")
        assert ("邵文博", "某集团", "董事长") in posts(r), verb
    r = rec(extractor, "本报讯 3月5日，同济大学党委书记邵文博出席。", date="2024-03-08")
    assert posts(r) == {("邵文博", "同济大学", "党委书记")}
    r = rec(extractor, "本报讯 3月5日，省人大常委会执法检查组来我县检查。检查组组长汪朝晖说，调研组组长钱永安出席。",
            date="2024-03-08")
    assert posts(r) == {("汪朝晖", "浙江省人大常委会执法检查组", "组长")}


def test_a_meeting_elsewhere_the_same_day_is_an_event_of_its_own(extractor):
    text = ("本报讯 11月5日，柯城区委召开常委会会议。区委书记韩立群主持会议并讲话。\n"
            "同日，衢江区委理论学习中心组举行专题学习会。区委书记邵文博主持。\n"
            "当天，与会人员还观看了专题片。区委副书记汪朝晖出席。")
    r = rec(extractor, text, home="衢州市", parent=None, date="2024-11-06")
    assert [sorted(x["person"] for x in e["participants"]) for e in r["events"]] == [
        ["韩立群", "韩立群"], ["汪朝晖", "邵文博"]]


def test_a_townships_organs_and_its_cadres_and_a_label_before_a_phrase(extractor):
    text = ("本报讯 1月13日，马金镇党委书记韩立群带领镇村干部走进霞山村，开展走访活动。镇党委副书记、镇长邵文博，"
            "镇人大主席汪朝晖参加。韩立群叮嘱村干部，要把群众冷暖放在心上。")
    r = rec(extractor, text, date="2025-01-15")
    assert {p["name"] for p in r["persons"]} == {"韩立群", "邵文博", "汪朝晖"}
    assert posts(r) == {("韩立群", "马金镇", "党委书记"), ("邵文博", "马金镇", "党委副书记"), ("邵文博", "马金镇", "镇长"),
                        ("汪朝晖", "马金镇人大", "主席")}
    assert roles(r) == {("韩立群", "chair"), ("邵文博", "attendee"), ("汪朝晖", "attendee")}


def test_one_who_speaks_for_others_is_no_deputy(extractor):
    text = "本报讯 7月1日，我市召开表彰大会。受表彰的优秀共产党员代表、贺村镇耕读村党支部书记韩立群作表态发言。县人大代表邵文博出席。"
    r = rec(extractor, text, home="江山市", date="2024-07-02")
    assert posts(r) == {("韩立群", "贺村镇耕读村", "党支部书记"), ("邵文博", "江山市人大", "代表")}


def test_a_committee_convenes_its_standing_committee_and_an_unresolved_level_convenes_nothing(extractor):
    text = "本报讯 11月5日，柯城区委召开常委会（扩大）会议。区委书记韩立群主持会议。"
    r = rec(extractor, text, home="衢州市", parent=None, date="2024-11-06")
    assert [(e["title"], e["organizer"]) for e in r["events"]] == [("柯城区委常委会（扩大）会议", "柯城区委常委会")]
    # 县政府 in a city's paper names no county: no organizer, rather than the bare level
    r = rec(extractor, "本报讯 11月5日，县政府召开常务会议。县长韩立群主持会议。", home="衢州市", parent=None, date="2024-11-06")
    assert [e["organizer"] for e in r["events"]] == [None]
    r = rec(extractor, "本报讯 11月5日，县委召开常委会会议。县委书记韩立群主持会议。", date="2024-11-06")
    assert [(e["title"], e["organizer"]) for e in r["events"]] == [("县委常委会会议", "开化县委常委会")]


def test_a_post_at_a_level_the_paper_does_not_resolve_is_not_recorded(extractor):
    r = rec(extractor, "本报讯 11月5日，县长韩立群、区委书记邵文博、市长汪朝晖出席。", home="衢州市", parent=None,
            date="2024-11-06")
    assert posts(r) == {("汪朝晖", "衢州市政府", "市长")}
    assert {p["name"] for p in r["persons"]} == {"韩立群", "邵文博", "汪朝晖"}


def test_a_chair_under_whose_chairing_a_meeting_is_held_and_deputies_who_propose(extractor):
    text = ("本报讯 3月5日，在副县长邵文博的主持下，全县安全生产工作会议召开。\n\n"
            "本报讯 3月4日，县委书记汪朝晖参加华埠镇代表团审议。县人大代表韩立群、钱永安等代表结合实际提出意见建议。")
    r = rec(extractor, text, date="2024-03-08")
    assert roles_by_date(r) == {"2024-03-05": {("邵文博", "chair")},
                                "2024-03-04": {("汪朝晖", "attendee"), ("韩立群", "speaker"), ("钱永安", "speaker")}}


def test_those_who_accompanied_a_visit_listed_after_it(extractor):
    r = rec(extractor, "本报讯 3月5日，市委书记韩立群在龙游县调研。陪同调研的有：市领导邵文博、汪朝晖。", home="衢州市",
            parent=None, date="2024-03-08")
    assert roles(r) == {("韩立群", "attendee"), ("邵文博", "attendee"), ("汪朝晖", "attendee")}


def test_a_kind_of_work_is_no_campaign(extractor):
    text = ("本报讯 3月5日，县委书记韩立群主持召开会议。韩立群强调，要以实际行动践行初心，拿出具体行动，推进重点工程建设，"
            "抓好民生工程，加快交通工程、水利工程建设，打好污染防治攻坚战，开展安全生产大检查行动。")
    r = rec(extractor, text, date="2024-03-08")
    assert {c["name"] for c in r["campaigns"]} == {"污染防治攻坚战", "安全生产大检查行动"}


def test_the_topic_of_a_leaders_demands_is_promoted_by_the_leader(extractor):
    text = "本报讯 3月5日，县委书记韩立群主持召开县委常委会会议。\n\n县长邵文博就做好“三服务”工作提出要求。"
    r = rec(extractor, text, date="2024-03-08")
    assert {(p["person"], p["campaign"]) for p in r["promotes"]} == {("邵文博", "三服务")}


def test_a_chain_begins_after_a_date_printed_without_a_comma(extractor):
    r = rec(extractor, "本报讯 3月5日县委书记韩立群主持召开县委常委会会议。3月6日下午副县长邵文博出席。", date="2024-03-08")
    assert posts(r) == {("韩立群", "开化县委", "书记"), ("邵文博", "开化县政府", "副县长")}


def test_a_party_group_member_after_its_deputy_secretary(extractor):
    r = rec(extractor, "本报讯 3月12日，县政协党组副书记、副主席韩立群，党组成员、副主席邵文博参加会议。", date="2021-03-16")
    assert posts(r) == {("韩立群", "开化县政协", "党组副书记"), ("韩立群", "开化县政协", "副主席"),
                        ("邵文博", "开化县政协", "党组成员"), ("邵文博", "开化县政协", "副主席")}


def test_the_reports_at_a_meeting_held_during_a_visit_are_the_meetings(extractor):
    text = ("本报讯 5月25日至26日，省委副书记韩立群来衢调研。市委书记邵文博陪同。\n\n"
            "26日下午，韩立群主持召开座谈会，听取衢州市工作汇报。邵文博汇报了全市工作情况，副市长汪朝晖作补充汇报。")
    r = rec(extractor, text, home="衢州市", parent=None, date="2021-05-27")
    assert roles_by_date(r) == {"2021-05-25": {("韩立群", "attendee"), ("邵文博", "attendee")},
                                "2021-05-26": {("韩立群", "chair"), ("邵文博", "speaker"), ("汪朝晖", "speaker")}}


def test_a_suffix_inside_an_unquoted_campaign_does_not_cut_it(extractor):
    # 专项 is a campaign suffix of its own (专项|整治三年行动 left 整治三年行动 alone)
    r = rec(extractor, "本报讯 5月26日，市长韩立群强调，要深入开展安全生产专项整治三年行动，研究部署数字化改革三年行动等工作。",
            home="衢州市", parent=None, date="2021-05-27")
    assert {c["name"] for c in r["campaigns"]} == {"安全生产专项整治三年行动", "数字化改革三年行动"}


def test_township_and_village_posts_by_brief_and_by_stationing(extractor):
    text = ("本报讯 6月17日，球川镇召开表彰大会。镇党委书记韩立群出席并讲话。镇党委委员、组织委员邵文博宣读表彰决定。"
            "县委组织部派驻红旗岗村第一书记汪朝晖参加会议。\n\n在新昌乡黄塘村，据乡长钱永安介绍，去年农民收入增长12%。")
    r = rec(extractor, text, home="常山县", date="2021-06-18")
    assert posts(r) == {("韩立群", "球川镇", "党委书记"), ("邵文博", "球川镇", "党委委员"),
                        ("邵文博", "球川镇", "组织委员"), ("汪朝晖", "红旗岗村", "第一书记"),
                        ("钱永安", "新昌乡", "乡长")}


def test_the_commissar_of_the_armed_forces_department_named_before(extractor):
    r = rec(extractor, "本报讯 6月16日，县人武部部长韩立群出席并讲话，政委邵文博主持会议。民宿业主汪朝晖说：“很好。”",
            home="常山县", date="2021-06-18")
    assert posts(r) == {("韩立群", "常山县人武部", "部长"), ("邵文博", "常山县人武部", "政委")}
    assert "汪朝晖" in {p["name"] for p in r["persons"]}


def test_a_district_of_another_city_and_a_bare_subdistrict_office(extractor):
    text = ("本报讯 8月11日，宁波市镇海区委书记韩立群率代表团来我区考察山海协作工作。\n\n"
            "近日，樟潭街道党工委书记邵文博，街道办事处主任汪朝晖走访辖区各村。")
    r = rec(extractor, text, home="衢江区", date="2021-08-12")
    assert posts(r) == {("韩立群", "镇海区委", "书记"), ("邵文博", "樟潭街道", "党工委书记"),
                        ("汪朝晖", "樟潭街道办事处", "主任")}
    assert {c["name"] for c in r["campaigns"]} == {"山海协作"}


def test_indirect_speech_and_answers_at_an_inquiry_are_remarks(extractor):
    text = ("本报讯 8月10日，区人大常委会开展专题询问。区人大常委会主任韩立群主持。副区长邵文博到会应询。"
            "邵文博逐一作答。\n\n区委书记汪朝晖说，衢江将全力做好服务保障。村民钱永安说：“很好。”")
    r = rec(extractor, text, home="衢江区", date="2021-08-12")
    assert roles(r) == {("韩立群", "chair"), ("邵文博", "attendee"), ("邵文博", "speaker"), ("汪朝晖", "speaker")}


def test_visits_told_by_what_was_looked_at_or_done_there(extractor):
    text = ("本报讯 8月11日，县委书记韩立群带领县四套班子领导实地察看重点项目。\n\n"
            "本报讯 8月10日，县长邵文博一行实地察看了项目进展。\n\n"
            "本报讯 8月9日，副县长汪朝晖赴华埠镇开展“三服务”活动。\n\n"
            "本报讯 8月8日，县委副书记钱永安为全县党员干部上专题党课。\n\n"
            "本报讯 8月7日，县委书记蔡启明来到华埠镇，为基层党员上党课。")
    r = rec(extractor, text, date="2021-08-12")
    assert roles_by_date(r) == {"2021-08-11": {("韩立群", "chair")}, "2021-08-10": {("邵文博", "attendee")},
                                "2021-08-09": {("汪朝晖", "attendee")}, "2021-08-08": {("钱永安", "speaker")},
                                "2021-08-07": {("蔡启明", "attendee"), ("蔡启明", "speaker")}}


def test_sharing_what_was_learnt_and_leading_the_oath_are_speeches(extractor):
    text = ("本报讯 8月11日，县委理论学习中心组举行专题学习会。县委副书记韩立群、县委常委邵文博交流了学习心得。"
            "县委常委汪朝晖结合分管工作谈了体会。县委组织部部长钱永安领读入党誓词。")
    r = rec(extractor, text, date="2021-08-12")
    assert roles(r) == {("韩立群", "speaker"), ("邵文博", "speaker"), ("汪朝晖", "speaker"), ("钱永安", "speaker")}


def test_a_townships_congress_after_its_party_secretary(extractor):
    r = rec(extractor, "本报讯 8月11日，华埠镇党委书记、人大主席韩立群，城关街道党工委书记、人大工委主任邵文博出席会议。",
            date="2021-08-12")
    assert posts(r) == {("韩立群", "华埠镇", "党委书记"), ("韩立群", "华埠镇人大", "主席"),
                        ("邵文博", "城关街道", "党工委书记"), ("邵文博", "城关街道人大工委", "主任")}


def test_a_bodys_own_office_and_military_and_customs_heads(extractor):
    r = rec(extractor, "本报讯 8月11日，市政府秘书长、办公室主任韩立群，衢州军分区司令员邵文博，衢州海关关长汪朝晖出席会议。",
            home="衢州市", parent=None, date="2021-08-12")
    assert posts(r) == {("韩立群", "衢州市政府", "秘书长"), ("韩立群", "衢州市政府办公室", "主任"),
                        ("邵文博", "衢州军分区", "司令员"), ("汪朝晖", "衢州海关", "关长")}


def test_an_unquoted_formula_of_parallel_clauses_is_one_campaign(extractor):
    text = ("本报讯 8月11日，县委书记韩立群主持召开县委常委会会议。韩立群强调，要深化县乡一体、条抓块统改革，"
            "扎实开展我为群众办实事实践活动。市委常委、宣传部部长邵文博来我县调研共同富裕工程工作。")
    r = rec(extractor, text, date="2021-08-12")
    assert {c["name"] for c in r["campaigns"]} == {"县乡一体、条抓块统改革", "我为群众办实事", "共同富裕工程"}


def test_a_firms_deputy_after_its_party_committee_title(extractor):
    r = rec(extractor, "本报讯 10月12日，市委书记韩立群会见了中国建材集团有限公司党委常委、副总经理邵文博一行。",
            home="衢州市", parent=None, date="2021-10-14")
    assert ("邵文博", "中国建材集团有限公司", "副总经理") in posts(r)


def test_honours_named_before_their_holders(extractor):
    r = rec(extractor, "本报讯 近日，全国劳动模范韩立群、浙江工匠邵文博、最美衢州人汪朝晖、中国好人钱永安等10人获评“开化好人”。",
            date="2021-08-12")
    assert {p["name"] for p in r["persons"]} == {"韩立群", "邵文博", "汪朝晖", "钱永安"}
    assert r["posts"] == []


def test_credits_for_video_text_and_pictures_and_a_source_note(extractor):
    text = ("本报讯（记者 韩立群）8月11日，县委书记邵文博主持召开县委常委会会议。\n\n（摄影 汪朝晖 视频 钱永安）\n\n"
            "责任编辑：蔡启明 审核：骆明远 来源：开化县融媒体中心\n\n文/本报记者 贺嘉树 图/通讯员 苗振宇\n\n图片新闻")
    r = rec(extractor, text, date="2021-08-12")
    assert set(r["journalists"]) == {"韩立群", "汪朝晖", "钱永安", "蔡启明", "骆明远", "贺嘉树", "苗振宇"}


def test_a_programmes_quoted_name_inside_a_body_and_a_headquarters_commander(extractor):
    r = rec(extractor, "本报讯 8月11日，县委“三服务”活动领导小组办公室主任韩立群，县防指指挥长、副县长邵文博，"
                       "县“两山”转化工作专班常务副组长汪朝晖出席会议。", date="2021-08-12")
    assert posts(r) == {("韩立群", "开化县委“三服务”活动领导小组办公室", "主任"), ("邵文博", "开化县防指", "指挥长"),
                        ("邵文博", "开化县政府", "副县长"), ("汪朝晖", "开化县“两山”转化工作专班", "常务副组长")}


def test_a_chain_of_titles_that_runs_over_a_comma(extractor):
    r = rec(extractor, "本报讯 8月11日，县委副书记、县长，县防汛防台抗旱指挥部指挥长韩立群主持会议。县委书记邵文博，县长汪朝晖出席。",
            date="2021-08-12")
    assert posts(r) == {("韩立群", "开化县委", "副书记"), ("韩立群", "开化县政府", "县长"),
                        ("韩立群", "开化县防汛防台抗旱指挥部", "指挥长"), ("邵文博", "开化县委", "书记"),
                        ("汪朝晖", "开化县政府", "县长")}


def test_what_is_said_on_a_visit_told_by_where_it_went(extractor):
    r = rec(extractor, "本报讯 11月19日，区长韩立群到航埠镇督导时指出，要加快推进疫苗接种。", home="柯城区", date="2021-11-20")
    assert roles(r) == {("韩立群", "attendee"), ("韩立群", "speaker")}


def test_places_of_other_provinces_with_their_level_printed_again(extractor):
    r = rec(extractor, "本报讯 8月11日，安徽省黄山市歙县县委书记韩立群，江西省上饶市婺源县县长邵文博一行来我县考察。",
            date="2021-08-12")
    assert posts(r) == {("韩立群", "歙县委", "书记"), ("邵文博", "婺源县政府", "县长")}


def test_a_study_group_named_in_its_meetings_title_convenes_it(extractor):
    r = rec(extractor, "本报讯 8月11日，县委书记韩立群主持召开县委理论学习中心组专题学习会。", date="2021-08-12")
    assert [e["organizer"] for e in r["events"]] == ["开化县委理论学习中心组"]


def test_a_bodys_second_name_in_brackets_inside_a_chain(extractor):
    r = rec(extractor, "本报讯 8月11日，县委常委、统战部（县民宗局）部长韩立群，县新冠肺炎疫情防控工作领导小组（指挥部）"
                       "常务副组长邵文博，副县长（挂职）汪朝晖出席会议。", date="2021-08-12")
    assert posts(r) == {("韩立群", "开化县委", "常委"), ("韩立群", "开化县委统战部", "部长"),
                        ("邵文博", "开化县新冠肺炎疫情防控工作领导小组", "常务副组长"), ("汪朝晖", "开化县政府", "副县长")}


def test_a_lists_second_verb_after_where_it_was_done(extractor):
    r = rec(extractor, "本报讯 8月11日，镇海区委书记韩立群率代表团来我区考察。区委书记邵文博，区委副书记、区长汪朝晖陪同考察，"
                       "并在座谈会上介绍了我区经济社会发展情况。", home="衢江区", date="2021-08-12")
    assert roles(r) == {("韩立群", "chair"), ("邵文博", "attendee"), ("邵文博", "speaker"),
                        ("汪朝晖", "attendee"), ("汪朝晖", "speaker")}


def test_quotes_printed_side_by_side_are_framed_as_one(extractor):
    text = ("本报讯 8月11日，县委书记韩立群主持召开县委常委会会议。韩立群强调，要做好“六稳”“六保”工作，"
            "落实“四早”“四集中”要求，当好“排头兵”。")
    r = rec(extractor, text, date="2021-08-12")
    assert {c["name"] for c in r["campaigns"]} == {"六稳", "六保", "四早", "四集中"}


def test_a_battle_to_defend_is_a_campaign(extractor):
    r = rec(extractor, "本报讯 8月11日，县委书记韩立群强调，要打好蓝天保卫战、碧水保卫战。", date="2021-08-12")
    assert {c["name"] for c in r["campaigns"]} == {"蓝天保卫战", "碧水保卫战"}


def test_a_leader_who_speaks_while_on_a_visit_is_present_on_it(extractor):
    text = ("本报讯 11月19日，副区长韩立群在石梁镇调研时强调，要抓好防控。\n\n"
            "本报讯 11月18日，区委常委会召开会议，学习省委副书记邵文博在衢州调研时的讲话精神。区委书记汪朝晖主持。")
    r = rec(extractor, text, home="柯城区", date="2021-11-20")
    assert roles_by_date(r) == {"2021-11-19": {("韩立群", "attendee"), ("韩立群", "speaker")},
                                "2021-11-18": {("汪朝晖", "chair")}}


def test_a_bare_level_after_another_places_leader_where_the_visit_is(extractor):
    """婺源县委书记甲，县委副书记、县长乙: in a paragraph told in 婺源 (在婺源县), 乙 and those after are
    婺源's; where another place's delegation visits home, the bare level stays the paper's own."""
    text = ("本报讯 7月8日，县委书记韩立群率县党政代表团赴婺源县考察。\n\n"
            "在婺源县，代表团一行参观了工业园区。婺源县委书记邵文博，县委副书记、县长汪朝晖，"
            "县委常委、常务副县长钱永安陪同考察。")
    r = rec(extractor, text, date="2021-07-10")
    assert posts(r) == {("韩立群", "开化县委", "书记"), ("邵文博", "婺源县委", "书记"),
                        ("汪朝晖", "婺源县委", "副书记"), ("汪朝晖", "婺源县政府", "县长"),
                        ("钱永安", "婺源县委", "常委"), ("钱永安", "婺源县政府", "常务副县长")}
    r = rec(extractor, "本报讯 8月11日，镇海区考察团来我区考察。镇海区委常委、常务副区长韩立群，区委常委、"
                       "组织部部长邵文博参加。", home="衢江区", date="2021-08-12")
    assert ("邵文博", "衢江区委组织部", "部长") in posts(r)


def test_a_places_river_and_forest_chiefs_keep_the_chain(extractor):
    """副市长、市副总河长甲: the chief's title names no body and gives no post, but the name and its
    other titles are read; 村级河长 names no body either."""
    r = rec(extractor, "本报讯 4月12日，市河长制工作联席会议召开。副市长、市副总河长韩立群出席会议并讲话。"
                       "村级河长邵文博参加。", home="江山市", date="2021-04-14")
    assert posts(r) == {("韩立群", "江山市政府", "副市长")}
    assert roles(r) == {("韩立群", "attendee"), ("韩立群", "speaker"), ("邵文博", "attendee")}


def test_a_resignation_accepted_and_an_acting_head_appointed(extractor):
    r = rec(extractor, "本报讯 10月19日，区人大常委会召开会议。会议经表决，接受韩立群辞去柯城区人民政府区长职务的请求，"
                       "决定任命邵文博为柯城区人民政府副区长、代理区长。", home="柯城区", date="2021-10-20")
    assert {p["name"] for p in r["persons"]} == {"韩立群", "邵文博"}
    assert posts(r) == {("邵文博", "柯城区政府", "副区长"), ("邵文博", "柯城区政府", "代理区长")}


def test_each_of_a_list_of_titled_names_speaks(extractor):
    text = ("本报讯 10月18日，区发改局召开听证会。人大代表韩立群、政协委员邵文博作了发言。\n\n"
            "本报讯 10月17日，区政协召开协商会。区政协委员汪朝晖、钱永安相继发言。")
    r = rec(extractor, text, home="柯城区", date="2021-10-20")
    assert roles_by_date(r) == {"2021-10-18": {("韩立群", "speaker"), ("邵文博", "speaker")},
                                "2021-10-17": {("汪朝晖", "speaker"), ("钱永安", "speaker")}}


def test_a_quoted_name_printed_with_its_programmes_words_is_one_campaign(extractor):
    """“一图一码一指数”数字化改革: one campaign, named by its quote, the whole its alias (it was two)."""
    r = rec(extractor, "本报讯 10月19日，区委书记韩立群强调，要助力“一图一码一指数”数字化改革，推进“最多跑一次”改革。",
            home="柯城区", date="2021-10-20")
    assert r["campaigns"] == [{"name": "一图一码一指数", "aliases": ["一图一码一指数数字化改革"]},
                              {"name": "最多跑一次改革", "aliases": []}]
    assert {(p["person"], p["campaign"]) for p in r["promotes"]} == {("韩立群", "一图一码一指数"),
                                                                      ("韩立群", "最多跑一次改革")}


def test_a_response_at_a_consultation_is_spoken(extractor):
    text = ("本报讯 11月3日，市政协召开专题协商会。副市长韩立群到会听取意见并作回应。\n\n"
            "本报讯 11月2日，市政协召开月度协商会。副市长邵文博逐一回应。")
    r = rec(extractor, text, home="衢州市", date="2021-11-06")
    assert roles_by_date(r) == {"2021-11-03": {("韩立群", "attendee"), ("韩立群", "speaker")},
                                "2021-11-02": {("邵文博", "speaker")}}


def test_the_papers_own_place_printed_as_we_and_verbs_one_after_another(extractor):
    """我县县委常委甲 is the county's own; 看望慰问了村党支部书记乙: the village named before, not a body
    慰问了村."""
    r = rec(extractor, "本报讯 6月8日，两地召开座谈会。玉山县委常委、政法委书记韩立群，我县县委常委、政法委书记"
                       "邵文博出席会议并讲话。", home="常山县", date="2022-06-10")
    assert posts(r) == {("韩立群", "玉山县委", "常委"), ("韩立群", "玉山县委政法委", "书记"),
                        ("邵文博", "常山县委", "常委"), ("邵文博", "常山县委政法委", "书记")}
    # each of the list speaks: 出席会议并讲话 after the list
    assert roles(r) == {(n, role) for n in ("韩立群", "邵文博") for role in ("attendee", "speaker")}
    r = rec(extractor, "本报讯 5月18日，市委常委汪朝晖来到清湖街道清湖三村，看望慰问了村党支部书记钱永安。",
            home="江山市", date="2022-05-20")
    assert ("钱永安", "清湖街道清湖三村", "党支部书记") in posts(r)


def test_a_long_documents_explanation_and_a_lesson_at_a_school_are_speeches(extractor):
    text = ("本报讯 12月14日，区委全会召开。区委副书记、区长韩立群就《中共衢州市衢江区委关于制定衢江区国民经济和社会"
            "发展第十四个五年规划和二〇三五年远景目标的建议》作说明。\n\n"
            "本报讯 12月13日，区委书记邵文博走进衢江中学，为师生上了一堂生动的“开学思政第一课”。")
    r = rec(extractor, text, home="衢江区", date="2021-12-15")
    assert roles_by_date(r) == {"2021-12-14": {("韩立群", "speaker")},
                                "2021-12-13": {("邵文博", "attendee"), ("邵文博", "speaker")}}


def test_a_programmes_guest_and_a_credit_after_the_last_article(extractor):
    """区长甲做客“民生热线”: a name before 做客; （责任编辑：乙） at the page's end names no event."""
    text = ("本报讯 4月21日上午，区长韩立群做客“民生热线”直播间，与听众在线交流。\n\n"
            "本报讯 5月30日，区人民检察院召开“检察开放日”活动。区检察院检察长邵文博介绍了全院工作情况。\n\n"
            "（责任编辑：汪朝晖）")
    r = rec(extractor, text, home="柯城区", date="2022-06-02")
    assert ("韩立群", "柯城区政府", "区长") in posts(r)
    assert [e["title"] for e in r["events"]] == ["区人民检察院召开“检察开放日”活动"]


def test_a_captions_occasion_inside_a_report_of_none(extractor):
    text = ("本报讯 4月21日上午，区长韩立群做客“民生热线”直播间，与听众在线交流。\n\n"
            "韩立群表示，柯城将持续深化改革。\n\n"
            "图为4月20日，区委书记邵文博在航埠镇调研柑橘产业发展情况。 记者 汪朝晖 摄")
    r = rec(extractor, text, home="柯城区", date="2022-04-22")
    assert roles_by_date(r) == {"2022-04-20": {("邵文博", "attendee")}}
    assert r["journalists"] == ["汪朝晖"]


def test_the_regions_own_surnames(extractor):
    r = rec(extractor, "本报讯 4月21日，县委常委、副县长阙建华，县委常委钭晓峰出席会议。", date="2022-04-22")
    assert {p["name"] for p in r["persons"]} == {"阙建华", "钭晓峰"}


def test_more_ways_of_speaking_leading_and_hearing(extractor):
    text = ("本报讯 9月18日，全县项目推进会召开。县长韩立群代表县委县政府致辞。副县长邵文博对下步工作作了具体安排。"
            "会议听取了县发改局局长汪朝晖所作的专题报告。\n\n"
            "本报讯 9月17日，在县委书记钱永安的带领下，县四套班子领导来到华埠镇调研。\n\n"
            "本报讯 9月16日，市委书记蔡启明来我县调研。蔡启明听取了县委书记苗振宇的工作汇报。")
    r = rec(extractor, text, date="2021-09-19")
    assert roles_by_date(r) == {
        "2021-09-18": {("韩立群", "speaker"), ("邵文博", "speaker"), ("汪朝晖", "speaker")},
        "2021-09-17": {("钱永安", "chair")},
        "2021-09-16": {("蔡启明", "attendee"), ("苗振宇", "speaker")}}


def test_standing_deputies_and_a_police_inspector_general(extractor):
    r = rec(extractor, "本报讯 9月18日，全县平安建设会议召开。县委政法委常务副书记韩立群，县公安局党委书记、局长、"
                       "督察长邵文博，市政府常务副秘书长汪朝晖出席会议。", date="2021-09-19")
    assert posts(r) == {("韩立群", "开化县委政法委", "常务副书记"), ("邵文博", "开化县公安局", "党委书记"),
                        ("邵文博", "开化县公安局", "局长"), ("邵文博", "开化县公安局", "督察长"),
                        ("汪朝晖", "衢州市政府", "常务副秘书长")}


def test_a_village_instructor_keeps_the_chain(extractor):
    r = rec(extractor, "本报讯 9月18日，全县驻村工作会议召开。池淮镇副镇长、星河村驻村指导员韩立群参加会议。", date="2021-09-19")
    assert posts(r) == {("韩立群", "池淮镇", "副镇长"), ("韩立群", "星河村", "驻村指导员")}


def test_an_honour_won_is_no_campaign_and_one_pursued_is(extractor):
    text = ("本报讯 9月18日，全县创建工作会议召开。县委书记韩立群强调，要全力创建“全国文明城市”。"
            "星河村被评为“浙江省美丽乡村示范村”，城关社区荣获“全国文明村”称号。")
    r = rec(extractor, text, date="2021-09-19")
    assert [c["name"] for c in r["campaigns"]] == ["全国文明城市"]


def test_a_correspondents_unit_before_the_name_is_no_journalist(extractor):
    r = rec(extractor, "本报讯（记者 韩立群 通讯员 华埠镇 邵文博 县公安局 汪朝晖）9月18日，全县平安建设会议召开。"
                       "县委书记钱永安出席。", date="2021-09-19")
    assert r["journalists"] == ["韩立群", "邵文博", "汪朝晖"]


def test_a_patients_family_and_a_pupils_parent_are_persons(extractor):
    r = rec(extractor, "本报讯 9月18日，记者来到县人民医院。患者家属韩立群送来锦旗。学生家长邵文博说，孩子进步很大。",
            date="2021-09-19")
    assert {p["name"] for p in r["persons"]} == {"韩立群", "邵文博"}


def test_a_campaign_after_a_quoted_ones_suffix_and_a_conjunction(extractor):
    """“县乡一体、条抓块统”改革和数字化改革: 数字化改革 was dropped with the quote's suffix."""
    r = rec(extractor, "本报讯 1月12日，县委全会召开。县委书记韩立群强调，要深化“县乡一体、条抓块统”改革和数字化改革。",
            date="2022-01-13")
    assert [c["name"] for c in r["campaigns"]] == ["县乡一体、条抓块统", "数字化改革"]


def test_a_name_that_is_a_word_after_a_title_before_an_unlisted_verb(extractor):
    """县委书记程光明专题调研, 县长徐文明调度…: jieba cuts 程|光明 and 徐|文明, and 调度 follows no
    name in the table; the cut after the title ends the name (关于, 全面 stay words: 总书记关于…)."""
    text = ("本报讯 6月3日上午，县委书记程光明专题调研大花园建设中心。县长徐文明调度防汛工作，"
            "副县长郑华于6月2日检查，县委常委姜海峰顶着烈日察看。县委书记程光明强调，"
            "要深入学习习近平总书记关于生态文明建设的重要论述，全面推进大花园建设。")
    r = rec(extractor, text, date="2024-06-04")
    assert {p["name"] for p in r["persons"]} == {"程光明", "徐文明", "郑华", "姜海峰", "习近平"}
    assert ("程光明", "开化县委", "书记") in posts(r)


def test_visiting_editors_each_present_and_their_papers(extractor):
    """新华社浙江分社副社长、总编辑甲，经济日报浙江站站长乙一行来我县调研: 副社长 where the table lists only
    社长, 总编辑, 经济日报 (经 is no lead word there), and both visitors are present."""
    text = ("本报讯 11月12日上午，新华社浙江分社副社长、总编辑韩立群，经济日报浙江站站长邵文博一行来我县调研。"
            "县广播电视台副台长汪朝晖陪同。")
    r = rec(extractor, text, date="2023-11-13")
    assert posts(r) == {("韩立群", "新华社浙江分社", "副社长"), ("韩立群", "新华社浙江分社", "总编辑"),
                        ("邵文博", "经济日报浙江站", "站长"), ("汪朝晖", "开化县广播电视台", "副台长")}
    assert roles(r) == {("韩立群", "attendee"), ("邵文博", "attendee"), ("汪朝晖", "attendee")}


def test_a_listed_name_with_a_character_that_begins_words(extractor):
    """县领导甲、张会明、乙和丙出席: 会 and 和 are kept out of names (甲会见乙, 甲和乙), but between
    enumeration commas they are a name's; the list goes on past them, to its last item after 和."""
    r = rec(extractor, "本报讯 6月15日，我县召开党政联席会。县领导韩立群、张会明、余和平、邵文博和汪朝晖出席。",
            date="2022-06-16")
    assert roles(r) == {(n, "attendee") for n in ("韩立群", "张会明", "余和平", "邵文博", "汪朝晖")}


def test_credits_of_a_page_copied_one_paragraph_a_line(extractor):
    text = ("11月8日下午，县委书记韩立群，县委副书记、县长邵文博来到县政协委员驻地，看望慰问出席县政协十一届一次会议的委员。\n"
            "县领导汪朝晖、钱永安等参加慰问。\n全媒体记者：蔡启明 苗振宇\n编辑：骆明远\n编审：贺嘉树\n")
    r = rec(extractor, clean_text(text), date="2021-11-09")
    assert r["journalists"] == ["蔡启明", "苗振宇", "骆明远", "贺嘉树"]
    assert {p["name"] for p in r["persons"]} == {"韩立群", "邵文博", "汪朝晖", "钱永安"}


def test_a_visiting_countys_deputy_after_an_enumeration_comma(extractor):
    """In a district's paper, 平武县委副书记甲、副县长乙: 乙 is 平武县's deputy head (was the home
    district's, which has no 副县长), as after a comma (江山市委书记甲，市长乙)."""
    r = rec(extractor, "本报讯 6月5日，四川省平武县党政代表团到衢江考察。平武县委副书记韩立群、副县长邵文博参加。"
                       "衢江区委副书记汪朝晖陪同。", home="衢江区", date="2022-06-07")
    assert posts(r) == {("韩立群", "平武县委", "副书记"), ("邵文博", "平武县政府", "副县长"),
                        ("汪朝晖", "衢江区委", "副书记")}


def test_a_listed_three_character_name_ending_in_a_follower_and_a_delegation_to_a_place(extractor):
    """县领导甲、万家正、乙: 正 begins 正在, but the comma after it ends the name; 主任甲，副主任乙、丙一行
    到某地调研: each is present."""
    text = ("本报讯 9月2日，全县廉政工作会议召开。县领导韩立群、万家正、邵文博等参加。\n\n"
            "本报讯 9月1日，县人大常委会主任汪朝晖，副主任钱永安、蔡启明一行到衢饶示范区调研。")
    r = rec(extractor, text, date="2022-09-03")
    assert roles_by_date(r) == {
        "2022-09-02": {("韩立群", "attendee"), ("万家正", "attendee"), ("邵文博", "attendee")},
        "2022-09-01": {("汪朝晖", "attendee"), ("钱永安", "attendee"), ("蔡启明", "attendee")}}


def test_a_campaign_after_a_verb_of_development_or_reliance(extractor):
    r = rec(extractor, "本报讯 6月5日，全区工作会议召开。区委书记韩立群强调，要高质量发展四省边际共同富裕示范区，"
                       "岩瑞镇要依托衢饶示范区建设，把握机遇。", home="衢江区", date="2022-06-07")
    assert [c["name"] for c in r["campaigns"]] == ["四省边际共同富裕示范区", "衢饶示范区"]


def test_a_delegation_led_a_long_project_announced_and_a_slogan_that_opens_on_a_verb(extractor):
    """甲率团来常考察: leads (率团, as 率队); 宣布某县2017年第二批重点项目正式开工: present, though the
    project's name is long; “加快转型、绿色发展、跨越提升”: the first clause keeps its verb; 平 is a surname."""
    text = ("本报讯 8月7日下午，杭州市拱墅区区委常委、副区长韩立群率团来常考察。县委常委、常务副县长邵文博陪同。\n\n"
            "本报讯 7月12日，全县第二批重点项目集中开工仪式举行。县委书记汪朝晖宣布常山县2017年第二批重点项目正式开工。"
            "县长平永峰强调，要走好“加快转型、绿色发展、跨越提升”新路。")
    r = rec(extractor, text, home="常山县", date="2017-08-08")
    assert roles_by_date(r) == {"2017-08-07": {("韩立群", "chair"), ("邵文博", "attendee")},
                                "2017-07-12": {("汪朝晖", "attendee"), ("平永峰", "speaker")}}
    assert [c["name"] for c in r["campaigns"]] == ["加快转型、绿色发展、跨越提升"]


def test_a_congress_presidium_seated_and_listed(extractor):
    """常务主席甲、乙在主席台前排就坐 (坐 for 座), 执行主席丙、丁在主席台执行主席席就座 (席 is a surname, 席就座
    no name), 担任大会执行主席的有：戊、己: each present; an item with a surname the table lacks
    (钦) between enumeration commas, before another name, is a name."""
    text = ("本报讯 5月17日，县第十七届人民代表大会第五次会议开幕。常务主席韩立群、邵文博在主席台前排就坐。"
            "执行主席钦永年、汪朝晖在主席台执行主席席就座。担任大会执行主席的有：钱永安、蔡启明。")
    r = rec(extractor, text, date="2020-05-18")
    assert roles(r) == {(n, "attendee") for n in ("韩立群", "邵文博", "钦永年", "汪朝晖", "钱永安", "蔡启明")}
    assert {p["name"] for p in r["persons"]} == {"韩立群", "邵文博", "钦永年", "汪朝晖", "钱永安", "蔡启明"}


def test_a_listed_name_ending_in_he_before_a_stop(extractor):
    """乙、蓝家和，党组成员甲: 和 before a comma is no conjunction; the name is whole."""
    r = rec(extractor, "本报讯 12月26日，党员会议召开。市人大常委会副主任韩立群、蓝家和，党组成员邵文博出席会议。",
            date="2024-12-27")
    assert {p["name"] for p in r["persons"]} == {"韩立群", "蓝家和", "邵文博"}


def test_a_township_meeting_told_in_order_and_a_village_named_in_the_chain(extractor):
    """会议由镇党委组织委员甲主持 (was the body 会议由镇党委), 最后镇党委副书记、镇长乙讲话 (was 最后镇):
    the township named before; 韩村党总支书记、村委会主任丙: the village of the chain, not an earlier
    mention's longer name; 代表某县委: no person (jieba tags the place's name one)."""
    text = ("本报讯 7月6日上午，星河镇召开驻村工作对接会。会议由镇党委组织委员韩立群主持。"
            "最后镇党委副书记、镇长邵文博讲话。县委常委汪朝晖代表开化县委表示感谢。\n\n"
            "本报讯 7月5日，县委书记钱永安深入星河镇韩村调研。韩村党支部书记、村委会主任蔡启明陪同。")
    r = rec(extractor, text, date="2019-07-10")
    assert posts(r) == {("韩立群", "星河镇党委", "组织委员"), ("邵文博", "星河镇", "党委副书记"),
                        ("邵文博", "星河镇", "镇长"), ("汪朝晖", "开化县委", "常委"), ("钱永安", "开化县委", "书记"),
                        ("蔡启明", "韩村", "党支部书记"), ("蔡启明", "韩村", "村委会主任")}
    assert {p["name"] for p in r["persons"]} == {"韩立群", "邵文博", "汪朝晖", "钱永安", "蔡启明"}


def test_another_outlets_byline_and_a_post_held_before(extractor):
    """浙江在线11月28日讯（浙江在线记者 甲）: a reprinted report's byline; 曾任某区区长乙: a post held
    before, none now (was the body 曾任西湖区)."""
    text = ("浙江在线11月28日讯（浙江在线记者 韩立群）11月26日，全省干部大会召开。曾任西湖区区长邵文博出席。"
            "常山县县长汪朝晖出席。")
    r = rec(extractor, text, home="浙江省", parent=None, date="2018-11-28")
    assert r["journalists"] == ["韩立群"]
    assert posts(r) == {("汪朝晖", "常山县政府", "县长")}


def test_a_host_meets_a_delegation_led_by_a_visiting_citys_leaders(extractor):
    """市长甲会见了由扬州市委书记乙、市长丙率领的代表团一行: 丙 is 扬州市's mayor (was the home
    city's: 乙's chain was read from 市长甲), 乙 and 丙 lead, 甲 does not; 在某中心会见了某公司董事长丁:
    the company begins after 会见了 (was the body 某中心会见了某公司); 元 is a surname."""
    text = ("本报讯 10月9日上午，市长韩立群会见了由扬州市委书记邵文博、市长汪朝晖率领的党政代表团一行。\n\n"
            "本报讯 10月8日下午，市委书记元立新在圣都国际会议中心会见了奇瑞汽车股份有限公司董事长钱永安一行。")
    r = rec(extractor, text, home="衢州市", date="2008-10-10")
    assert ("汪朝晖", "扬州市政府", "市长") in posts(r)
    assert ("钱永安", "奇瑞汽车股份有限公司", "董事长") in posts(r)
    by_date = roles_by_date(r)
    assert {("邵文博", "chair"), ("汪朝晖", "chair")} <= by_date["2008-10-09"]
    assert ("韩立群", "chair") not in by_date["2008-10-09"]
    assert ("元立新", "attendee") in by_date["2008-10-08"]


def test_a_discipline_notice_names_the_village_after_the_verb(extractor):
    """锦州市严肃查处了北镇市…村党支部书记甲: the village's name begins at the place after 了 (was the
    body 锦州市严肃查处了…); 新当选的党支部书记甲: no body ends in 的."""
    text = ("本报讯 近日，锦州市严肃查处了北镇市广宁街道杨家店村党支部书记韩立群违反换届纪律问题。"
            "3月1日，新当选的党支部书记韩立群宴请党员。")
    r = rec(extractor, text, home="锦州市", date="2016-03-22")
    assert posts(r) == {("韩立群", "北镇市广宁街道杨家店村", "党支部书记")}


def test_a_form_of_address_and_the_residents_a_leader_visits(extractor):
    """闫主任、石书记全面了解了甲的生活: a surname and a title is a form of address, no name follows (全面
    was read as one, with a post in the body 闫); 五保户乙, 优抚军人丙, 困难党员丁 introduce residents."""
    text = ("本报讯 2月9日下午，县人大副主任韩立群在华埠镇党委书记邵文博陪同下，到华埠镇慰问老党员汪朝晖。"
            "在慰问老党员汪朝晖时，韩主任、邵书记全面了解了汪朝晖的生活情况。"
            "韩立群还看望了五保户朱满发、优抚军人周德林和困难党员蒋志林。")
    r = rec(extractor, text, date="2018-02-12")
    assert {p["name"] for p in r["persons"]} == {"韩立群", "邵文博", "汪朝晖", "朱满发", "周德林", "蒋志林"}
    # (县人大副主任: of the 县人大常委会, as FORMAT.md names it)
    assert posts(r) == {("韩立群", "开化县人大常委会", "副主任"), ("邵文博", "华埠镇", "党委书记")}


def test_a_run_of_names_with_no_title_and_a_name_ending_in_lai(extractor):
    """朱某、崔某某、…围绕…作了交流发言: three or more names in a row with no title are read (they were
    lost, and the speakers with them); 边想、边干、边探索 and 路线图、时间表、任务书 are words; 副主席周平、…:
    not 席周平; 陈某某、林春来在主席台就座: a name ending in 来 before 在 (was 林志)."""
    text = ("本报讯 7月20日上午，县政协召开学习会。县政协副主席周平、李晓燕出席。"
            "韩立群、邵文博、汪朝晖围绕主题作了交流发言。要边想、边干、边探索，明确路线图、时间表、任务书。\n\n"
            "本报讯 7月19日，县人大常委会召开会议。县人大常委会副主任蔡启明、林春来在主席台就座。")
    r = rec(extractor, text, date="2023-07-21")
    assert {p["name"] for p in r["persons"]} == {"周平", "李晓燕", "韩立群", "邵文博", "汪朝晖", "蔡启明", "林春来"}
    assert {("韩立群", "speaker"), ("邵文博", "speaker"), ("汪朝晖", "speaker")} <= roles_by_date(r)["2023-07-20"]


def test_a_welcome_on_behalf_of_the_county_and_closing_remarks(extractor):
    """甲代表县委、县政府对乙一行表示热烈的欢迎: a speech (the welcome was read only without 代表…);
    最后镇长丙讲意见: closing remarks, a speech."""
    text = ("本报讯 7月25日，省交通学院党委书记韩立群一行到我县调研。县长邵文博陪同调研。"
            "座谈会上，邵文博代表县委、县政府对韩立群一行表示热烈的欢迎。最后华埠镇镇长汪朝晖讲意见。")
    r = rec(extractor, text, date="2019-07-26")
    assert {("邵文博", "speaker"), ("汪朝晖", "speaker")} <= roles(r)


def test_a_run_of_names_after_he_is_left_alone(extractor):
    """县领导和国婷、朱立勇、陶艳、戈雪出席: 和 may be the first name's surname (和国婷) or a conjunction; the
    split cannot tell, and no run is read (国婷 was, a name cut short)."""
    r = rec(extractor, "本报讯 1月22日上午，县长韩立群主持召开县政府常务会议。县领导和国婷、朱立勇、陶艳、戈雪出席。",
            date="2022-01-23")
    assert {p["name"] for p in r["persons"]} == {"韩立群"}


def test_a_run_of_names_closed_by_deng(extractor):
    """甲、乙、丙等参加: the run's last item is read where the name ends, before 等 (the run was refused
    whole: 陶某等 is no name)."""
    r = rec(extractor, "本报讯 1月22日，全县工作会议召开。韩立群、朱立勇、陶艳等参加。", date="2022-01-23")
    assert roles(r) == {("韩立群", "attendee"), ("朱立勇", "attendee"), ("陶艳", "attendee")}


def test_a_list_that_visits_and_a_township_called_by_an_epithet(extractor):
    """区委常委、组织部长甲、组织部副部长乙调研某工程: each is present (only the last was); 郑陆镇是我市东部
    工业强镇。镇党委书记丙: the township named before (强镇 is no township, and the bare one was lost)."""
    text = ("本报讯 12月1日下午，区委常委、组织部长韩立群、组织部副部长邵文博调研浦阳江治理工程。\n\n"
            "本报讯 12月2日，郑陆镇是我市东部工业强镇。镇党委书记汪朝晖、镇长钱永安表示，要加快发展。")
    r = rec(extractor, text, home="萧山区", date="2014-12-03")
    assert roles_by_date(r)["2014-12-01"] == {("韩立群", "attendee"), ("邵文博", "attendee")}
    assert {("汪朝晖", "郑陆镇", "党委书记"), ("钱永安", "郑陆镇", "镇长")} <= posts(r)


def test_an_authors_credit_closing_a_report(extractor):
    r = rec(extractor, "本报讯 3月26日，县人大常委会召开会议。县人大常委会主任韩立群出席会议。\n\n（作者：邵文博）",
            date="2021-03-28")
    assert r["journalists"] == ["邵文博"]
    assert {p["name"] for p in r["persons"]} == {"韩立群"}


def test_a_day_named_by_its_date_is_no_campaign_and_a_medal_received(extractor):
    """“七·一”表彰大会: a day, no campaign (“315”科技创新体系建设工程 stays one); 接受县总工会主席甲颁发的奖章:
    the body begins after 接受."""
    text = ("本报讯 6月30日晚上，全县“七·一”表彰大会举行。县委书记韩立群出席大会并致辞，要深入实施"
            "“315”科技创新体系建设工程。劳动模范一一登上领奖台，接受县总工会主席邵文博颁发的奖章。")
    r = rec(extractor, text, date="2020-07-01")
    assert [c["name"] for c in r["campaigns"]] == ["315科技创新体系建设工程"]
    assert ("邵文博", "开化县总工会", "主席") in posts(r)


def test_a_wires_byline_and_a_forum_is_no_campaign(extractor):
    """中新网杭州11月22日电 (甲): a wire's byline, the name alone; “中国县域治理大讲堂”: a forum, no campaign."""
    text = ("中新网杭州11月22日电 (韩立群)11月21日晚，常山县委书记邵文博走上浙江大学“中国县域治理大讲堂”的讲台。")
    r = rec(extractor, text, home="常山县", date="2024-11-22")
    assert r["journalists"] == ["韩立群"]
    assert r["campaigns"] == []


def test_a_newly_elected_township_federation_head_and_a_news_sites_byline(extractor):
    """新当选的镇文联主席甲: the body begins after 的, and a bare township's federation is the township
    named before's (was the body 新当选的镇文联); 兰溪新闻网(记者 乙): a byline with no 讯."""
    text = ("浙江在线-兰溪新闻网(记者 邵文博) 9月7日，瓶窑镇文联成立大会举行。新当选的镇文联主席韩立群讲话。")
    r = rec(extractor, text, home="余杭区", date="2022-09-09")
    assert posts(r) == {("韩立群", "瓶窑镇文联", "主席")}
    assert r["journalists"] == ["邵文博"]


def test_a_standing_committee_seat_run_into_the_next_title(extractor):
    """县委常委统战部部长甲 (no 、 after 常委): a seat on the standing committee and the organ's head
    (the body was 县委常委统战部); 市委常委常务副市长乙: 常务副 is no name."""
    text = ("本报讯 3月5日，全县统战工作会议召开。县委常委统战部部长韩立群，县委常委副县长邵文博，"
            "市委常委常务副市长汪朝晖出席会议。")
    r = rec(extractor, text, date="2021-03-06")
    assert posts(r) == {("韩立群", "开化县委", "常委"), ("韩立群", "开化县委统战部", "部长"),
                        ("邵文博", "开化县委", "常委"), ("邵文博", "开化县政府", "副县长"),
                        ("汪朝晖", "衢州市委", "常委"), ("汪朝晖", "衢州市政府", "常务副市长")}
    assert {p["name"] for p in r["persons"]} == {"韩立群", "邵文博", "汪朝晖"}


def test_surnames_su_and_xiu(extractor):
    """区长修某, 区政协主席宿某: surnames the table lacked (both names were lost)."""
    text = ("本报讯 1月20日，区委常委会召开会议。区委副书记、区长修立群，区政协主席宿文博列席会议。")
    r = rec(extractor, text, home="柯城区", date="2021-01-21")
    assert {("修立群", "柯城区政府", "区长"), ("宿文博", "柯城区政协", "主席")} <= posts(r)
    assert {("修立群", "attendee"), ("宿文博", "attendee")} <= roles(r)


def test_a_superiors_visit_cited_is_no_attendance(extractor):
    """按照市委书记甲到我区开展调研作出的指示精神: 甲's visit is cited, and 甲 was not at the meeting (was an
    attendee); the body begins after 按照 (was 要认真按照市委)."""
    text = ("本报讯 10月25日下午，区委召开专题会议。区委书记韩立群主持会议。会上，区长邵文博传达精神，"
            "要求要认真按照市委书记汪朝晖到我区开展调研作出的指示精神，抓好各项工作。")
    r = rec(extractor, text, home="柯城区", date="2024-10-26")
    assert ("汪朝晖", "衢州市委", "书记") in posts(r)
    assert "汪朝晖" not in {p for p, _ in roles(r)}


def test_bylines_of_other_outlets_and_a_closing_one_with_a_colon(extractor):
    """某风讯(某融媒记者 甲 乙), 日报消息(记者丙): an outlet's 讯 or 消息 before the byline; (本网记者:丁) closing."""
    r = rec(extractor, "秦楚风讯(竹山融媒记者 韩立群 邵文博)12月28日，县人代会召开。", home="竹山县",
            date="2025-12-29")
    assert r["journalists"] == ["韩立群", "邵文博"]
    r = rec(extractor, "日报消息(记者汪朝晖)昨日上午，市委召开常委会会议。", home="柳州市", date="2021-01-10")
    assert r["journalists"] == ["汪朝晖"]
    r = rec(extractor, "本网讯 1月20日，区委召开常委会会议。\n\n会议还研究了其他事项。(本网记者:钱永安)",
            home="柯城区", date="2021-01-21")
    assert r["journalists"] == ["钱永安"]


def test_a_delegations_long_way_and_unnamed_leaders(extractor):
    """甲一行到“…”挂钩联系村某县某镇某村调研座谈: a visit, though the way there is long (no event was
    read); 有关领导同志: no person (关领导 was one)."""
    text = ("11月22日下午，市委党校常务副校长韩立群一行到“干部联村、一村一策”挂钩联系村阜宁县古河镇古凤村"
            "调研座谈。镇长邵文博等有关领导同志陪同。")
    r = rec(extractor, text, home="盐城市", date="2021-11-23")
    assert ("韩立群", "attendee") in roles(r)
    assert {p["name"] for p in r["persons"]} == {"韩立群", "邵文博"}


def test_an_occasion_told_in_the_leads_second_sentence(extractor):
    """3月23日，县政协开展…大行动。市政协副主席甲率督查组来我县指导，县政协主席乙参加活动: the dated sentence
    names no occasion, the next one does (no event was read)."""
    text = ("市政协来我县督查“干、查、督”大行动\n\n本报讯 (记者 钱永安) 3月23日，县政协响应省市政协号召，开展"
            "“干、查、督”大行动。市政协副主席韩立群率市政协督查组来我县指导，县政协主席邵文博参加活动。")
    r = rec(extractor, text, date="2017-03-25")
    assert roles_by_date(r) == {"2017-03-23": {("韩立群", "chair"), ("邵文博", "attendee")}}


def test_a_bureau_head_printed_short_and_a_rivers_executive_chief(extractor):
    """副市长、公安局长甲: the city's 公安局 (the body was 公安: 公安 is also a county's short name);
    执行总河长乙: a title, no body (the body was 执行)."""
    text = ("8月20日，副市长、公安局长韩立群率队巡查汨罗水库。\n\n"
            "3月27日，黄泽江水系总河长汪朝晖，执行总河长邵文博等县领导专题视察水环境治理工作。")
    r = rec(extractor, text, home="汨罗市", date="2021-08-21")
    assert posts(r) == {("韩立群", "汨罗市政府", "副市长"), ("韩立群", "汨罗市公安局", "局长"),
                        ("汪朝晖", "黄泽江水系", "总河长")}
    assert "邵文博" in {p["name"] for p in r["persons"]}


def test_kinds_of_programme_and_a_half_year_are_no_campaigns(extractor):
    """“五水共治”是一项民生工程、惠民工程: kinds of programme, no campaigns; 2019年上半年五水共治工作: the
    campaign without the half-year (was 年上半年五水共治); 开展好“干、查、督”大行动: not 好…."""
    text = ("本报讯 6月14日，市五水共治办召开工作会议。副市长韩立群参加会议。会上，相关负责人就2019年上半年"
            "五水共治工作情况作了总结。韩立群强调，“五水共治”是一项民生工程、惠民工程，要开展好“干、查、督”大行动。")
    r = rec(extractor, text, home="建德市", date="2019-06-16")
    assert {c["name"] for c in r["campaigns"]} == {"五水共治", "干、查、督大行动"}


def test_a_lead_after_a_preamble_with_no_date(extractor):
    """为了贯彻落实…方案。5月12日，甲一行走进文成，开展…活动: the preamble has no date, the next sentence
    opens the report (no event was read); 走进文成，开展…活动 is a visit, though 文成 has no level."""
    text = ("为了贯彻落实助力26县跨越式发展专项行动方案。5月12日，省工商联副主席韩立群一行走进文成，"
            "开展知名浙商助力文成跨越式发展活动。县领导邵文博陪同考察并参加座谈会。")
    r = rec(extractor, text, home="文成县", date="2021-05-13")
    assert roles_by_date(r) == {"2021-05-12": {("韩立群", "attendee"), ("邵文博", "attendee")}}


def test_a_visit_to_townships_then_an_activity(extractor):
    """甲赴某、某等乡镇，开展…活动: present at the visit (no role was read)."""
    text = "本报讯 7月22日上午，县委书记韩立群赴华埠、池淮等乡镇，开展“我为群众办实事”实践活动。"
    r = rec(extractor, text, date="2021-07-23")
    assert roles(r) == {("韩立群", "attendee")}


def test_a_bare_level_after_another_places_committee_in_one_chain(extractor):
    """荆门市委常委、市委宣传部部长甲 in 京山市's paper: 荆门市委宣传部 (was the paper's own 京山市委宣传部)."""
    text = "3月10日，荆门市委常委、市委宣传部部长韩立群率队到我市调研。京山市委常委、宣传部长邵文博参加活动。"
    r = rec(extractor, text, home="京山市", date="2022-03-11")
    assert posts(r) == {("韩立群", "荆门市委", "常委"), ("韩立群", "荆门市委宣传部", "部长"),
                        ("邵文博", "京山市委", "常委"), ("邵文博", "京山市委宣传部", "部长")}


def test_a_leader_with_the_named_he_leads_and_a_full_time_deputy(extractor):
    """甲带领乙、丙等来到我市: 甲 leads (chair), 乙 and 丙 are present (no role was read); 专职副主委: the
    title as printed (the body was 民进杭州市委会专职); 率领|市政协…: the body begins after 率领."""
    text = ("2月27日，杭州市副市长韩立群带领杭州市政协经济委员会主任邵文博、民进杭州市委会专职副主委汪朝晖等"
            "来到我市，走访市政协。\n\n3月2日，杭州市副市长钱永安率领县政协副主席朱立勇等来到我市调研。")
    r = rec(extractor, text, home="建德市", date="2019-03-03")
    assert roles_by_date(r)["2019-02-27"] == {("韩立群", "chair"), ("邵文博", "attendee"), ("汪朝晖", "attendee")}
    assert {("汪朝晖", "民进杭州市委会", "专职副主委"), ("邵文博", "杭州市政协经济委员会", "主任"),
            ("朱立勇", "建德市政协", "副主席")} <= posts(r)  # (县政协 in a county-level city's paper: its own)


def test_a_standing_committees_appointment_with_the_post_held_now(extractor):
    """任命县委副书记甲同志为县人民政府副县长、代理县长: the posts appointed to (only the one held now was
    read); 常务副县长乙及县法院负责人列席: 乙 is a name, though its pieces and 及 read as words
    (方向|波及); 副主任衣某主持: the surname 衣."""
    text = ("本报讯 13日，县十七届人大常委会召开第二十八次会议。县人大常委会副主任衣立群主持会议，"
            "县委常委、常务副县长方向波及县法院负责人列席会议。会议决定任命县委副书记邵文博同志为县人民政府副县长、"
            "代理县长。")
    r = rec(extractor, text, home="房县", date="2016-05-16")
    assert {("邵文博", "房县委", "副书记"), ("邵文博", "房县政府", "副县长"), ("邵文博", "房县政府", "代理县长"),
            ("方向波", "房县政府", "常务副县长"), ("衣立群", "房县人大常委会", "副主任")} <= posts(r)
    assert {("衣立群", "chair"), ("方向波", "attendee")} <= roles(r)


def test_a_reports_subject_is_no_campaign(extractor):
    """《县人民法院副院长甲同志个人履职情况的专项工作报告》: the report's subject, no campaign."""
    text = ("本报讯 7月2日，县人大常委会召开会议。会议听取和评议了《县人民法院副院长韩立群同志个人履职情况的"
            "专项工作报告》。")
    r = rec(extractor, text, date="2021-07-03")
    assert r["campaigns"] == []


def test_on_behalf_of_a_leader(extractor):
    """受县委书记甲委托，县长乙主持: 甲's body begins after 受 (was 受县委), and 甲 is not present;
    受县政协主席丙委托县政协副主席丁汇报: 丁's after 委托."""
    text = ("本报讯 1月12日上午，受县委书记韩立群委托，县委副书记、县长邵文博主持召开县委常委会会议。"
            "受县政协主席汪朝晖委托县政协副主席钱永安向常委会汇报工作。")
    r = rec(extractor, text, date="2022-01-13")
    assert {("韩立群", "开化县委", "书记"), ("汪朝晖", "开化县政协", "主席"),
            ("钱永安", "开化县政协", "副主席")} <= posts(r)
    assert "韩立群" not in {p for p, _ in roles(r)}


def test_a_congress_head_printed_short_and_a_leader_named_before_the_title(extractor):
    """县人大主任甲: the head of the 县人大常委会 (a county's congress has no chair of its own; was 县人大);
    镇人大主席 and 县人大代表 keep the congress; 传达学习市委乙书记…和衢州市政府丙市长的讲话: 乙 and 丙
    are read, with their posts, between body and title (were not read), and are not present."""
    text = ("本报讯 5月3日，县委常委会召开会议，传达学习市委邵文博书记在全市经济工作会议上的讲话精神和衢州市政府"
            "汪朝晖市长的讲话。县委书记韩立群主持会议。县人大主任钱永安、县人大副主任朱立勇、华埠镇人大主席"
            "蔡启明、县人大代表方向波出席。县委常务副书记出席。")
    r = rec(extractor, text, date="2022-05-05")
    assert posts(r) == {("韩立群", "开化县委", "书记"), ("邵文博", "衢州市委", "书记"),
                        ("汪朝晖", "衢州市政府", "市长"), ("钱永安", "开化县人大常委会", "主任"),
                        ("朱立勇", "开化县人大常委会", "副主任"), ("蔡启明", "华埠镇人大", "主席"),
                        ("方向波", "开化县人大", "代表")}
    assert {p for p, _ in roles(r)} == {"韩立群", "钱永安", "朱立勇", "蔡启明", "方向波"}


def test_the_committees_own_conference_and_its_standing_committees_session(extractor):
    """区委工作会议 is convened by the 区委 (no organizer was read); 区委召开八届常务委员会第N次会议 by its
    standing committee (was the 区委)."""
    text = ("本报讯 3月16日，区委工作会议召开。区委书记韩立群出席会议并讲话。\n\n"
            "本报讯 3月20日，区委召开八届常务委员会第119次会议，区委书记邵文博出席会议。")
    r = rec(extractor, text, home="衢江区", date="2023-03-21")
    assert {(e["date"], e["organizer"]) for e in r["events"]} == {("2023-03-16", "衢江区委"),
                                                                  ("2023-03-20", "衢江区委常委会")}


def test_the_county_the_article_tells_of_an_honour_and_a_verb_after_a_name(extractor):
    """该县县委书记甲: the county's 县委 (was 该县县委); 全国优秀县委书记 is an honour (was a post in
    记全国优秀县委); 看见的就是县委书记乙: 乙's 县委 (was 就是县委); 区长丙进行领学: 丙 ends before 进行
    (was 丙进); 老复员军人丁, 特困残疾人戊: residents (were not read); 第36次县长办公会议: the government's."""
    text = ("——记全国优秀县委书记、该县县委书记韩立群\n\n"
            "本报讯 7月2日下午，看见的就是县委书记邵文博。区委副书记、县长汪朝晖进行领学。"
            "韩立群先后到老复员军人钱永安、特困残疾人朱立勇等人家中。\n\n"
            "本报讯 7月3日下午，县长汪朝晖主持召开第36次县长办公会议。")
    r = rec(extractor, text, date="2020-07-04")
    assert posts(r) == {("韩立群", "开化县委", "书记"), ("邵文博", "开化县委", "书记"),
                        ("汪朝晖", "开化县委", "副书记"), ("汪朝晖", "开化县政府", "县长")}
    assert {"钱永安", "朱立勇"} <= {p["name"] for p in r["persons"]}
    assert {(e["date"], e["organizer"]) for e in r["events"]} >= {("2020-07-03", "开化县政府")}


def test_names_with_no_title_that_open_a_sentence_of_attendance(extractor):
    """甲和其他区委常委出席。乙、丙等列席: present, though no title is printed before them (were not read);
    a sentence opening on words, not names, reads none (会议、活动等参加)."""
    text = ("本报讯 3月9日上午，区委常委会召开会议。区委书记韩立群主持会议并讲话。邵文博和其他区委常委出席。"
            "汪朝晖、钱永安等列席。群众、干部等参加。")
    r = rec(extractor, text, home="萧山区", date="2023-03-10")
    assert roles(r) == {("韩立群", "chair"), ("韩立群", "speaker"), ("邵文博", "attendee"),
                        ("汪朝晖", "attendee"), ("钱永安", "attendee")}


def test_township_heads_elected_and_an_acting_head(extractor):
    """甲当选为镇长，乙、丙当选为副镇长: the township the article named (no post was read); 县法院代院长丁:
    acting head of the 县法院 (the body was 县法院代); 镇长茆某: the surname 茆."""
    text = ("本报讯 12月2日，华埠镇第十七届人民代表大会第一次会议胜利召开。韩立群当选为华埠镇人大主席，"
            "邵文博当选为镇长，汪朝晖、钱永安当选为副镇长。县法院代院长朱立勇、镇长茆立新出席会议。")
    r = rec(extractor, text, date="2021-12-03")
    assert posts(r) == {("韩立群", "华埠镇人大", "主席"), ("邵文博", "华埠镇", "镇长"), ("汪朝晖", "华埠镇", "副镇长"),
                        ("钱永安", "华埠镇", "副镇长"), ("朱立勇", "开化县法院", "代院长"), ("茆立新", "华埠镇", "镇长")}


def test_short_printed_organs_a_terms_number_and_the_heads_meeting(extractor):
    """市政法委书记甲: the 市委政法委 (FORMAT.md; was 市政法委); 第十三届乌镇镇党委书记乙: the township (was
    第十三届乌镇镇); 县人大常委会召开第八次主任会议，…党组书记、常务副主任丙主持会议，副主任丁出席: 丁 is a
    deputy of the 县人大常委会 (the body was read from 主任会议)."""
    text = ("本报讯 4月19日下午，乌镇镇党代会正式开幕。市委副书记、市政法委书记韩立群，市委常委、第十三届乌镇镇"
            "党委书记邵文博出席会议。\n\n本报讯 12月10日下午，县十六届人大常委会召开第八次主任会议，县人大常委会"
            "党组书记、常务副主任汪朝晖主持会议，副主任钱永安、朱立勇出席会议。")
    r = rec(extractor, text, home="桐乡市", date="2021-12-11")
    assert {("韩立群", "桐乡市委政法委", "书记"), ("邵文博", "乌镇镇", "党委书记"),
            ("钱永安", "桐乡市人大常委会", "副主任"), ("朱立勇", "桐乡市人大常委会", "副主任")} <= posts(r)
    assert not [p for p in r["posts"] if "第" in p["org"] or "召开" in p["org"]]


def test_a_media_centres_credit_line_run_together():
    """总监制:甲监制:乙责编:丙编辑:丁: four journalists (only the last was read), a name ending in 镇 among
    them (赵海镇, not a correspondent's unit, as 通讯员 华埠镇 甲 has)."""
    from kg.extract.journalists import find_journalists
    from kg.extract.names import NameModel
    from kg.lexicon import default_lexicon

    names = NameModel(default_lexicon())
    got = find_journalists(["会议由甲主持。", "总监制:韩立群监制:邵文博责编:赵海镇编辑:汪朝晖"], names)
    assert got == ["韩立群", "邵文博", "赵海镇", "汪朝晖"]
    assert find_journalists(["本报讯 通讯员 华埠镇 钱永安 5月3日，…"], names) == ["钱永安"]


def test_he_is_the_subject_not_the_one_acted_on_and_a_delegation_led_lately(extractor):
    """县委书记甲在致词中对某院党委书记乙一行的到来表示欢迎。他说: 甲 speaks (乙 was read, as the last
    subject); 常务副区长丙日前率代表团来苍: 丙 leads (日前 between name and 率 hid the cue)."""
    text = ("本报讯 10月11日，某研究院党委书记邵文博一行前来我县举行项目签约仪式。县领导韩立群、汪朝晖出席签约仪式。"
            "仪式上，县委书记韩立群首先在致词中对某研究院党委书记邵文博一行的到来表示热烈的欢迎。他说，项目前景广阔。"
            "\n\n本报讯 10月16日，龙湾区委常委、常务副区长钱永安日前率龙湾区党政代表团来苍，与我县签订协议。"
            "县委副书记、代县长朱立勇参加签约仪式。")
    r = rec(extractor, text, home="苍南县", date="2017-10-17")
    by_date = roles_by_date(r)
    assert ("韩立群", "speaker") in by_date["2017-10-11"] and ("邵文博", "speaker") not in by_date["2017-10-11"]
    assert by_date["2017-10-16"] == {("钱永安", "chair"), ("朱立勇", "attendee")}


def test_a_democratic_partys_deputies_and_a_body_after_a_quoted_occasion(extractor):
    """民进市委会主委甲主持会议，市委会副主委乙、丙参加: 乙 and 丙 are the party's deputies (were 衢州市委会);
    传达了市委书记丁在市“两会”上的讲话精神和市委副书记、市长戊所作的报告: 戊's 衢州市委 (the body ran back over
    the quoted occasion); 十五届市委常委会第131次会议 is the standing committee's."""
    text = ("本报讯 3月1日下午，民进衢州市委会召开委员会议。民进市委会主委韩立群主持会议并讲话，市委会副主委邵文博、"
            "汪朝晖参加会议。会议传达学习了市委书记钱永安在市“两会”上的讲话精神和市委副书记、市长朱立勇所作的"
            "《政府工作报告》。\n\n本报讯 5月29日下午，十五届市委常委会第131次会议召开。市委书记蔡启明主持。")
    r = rec(extractor, text, home="衢州市", parent=None, date="2021-05-30")
    assert {("韩立群", "民进衢州市委会", "主委"), ("邵文博", "民进衢州市委会", "副主委"),
            ("汪朝晖", "民进衢州市委会", "副主委"), ("朱立勇", "衢州市委", "副书记"),
            ("朱立勇", "衢州市政府", "市长")} <= posts(r)
    assert not [p for p in r["posts"] if "“" in p["org"]]
    assert ("2021-05-29", "衢州市委常委会") in {(e["date"], e["organizer"]) for e in r["events"]}


def test_a_village_is_no_quoted_programme_a_post_held_then_and_a_wires_spaced_dateline(extractor):
    """村党委书记、村委会主任甲 after “未来乡村”: the village named before (was 未来乡村, a programme);
    时任党委副书记 and 前任村党委书记 are posts held before (were read with bodies 村党委推举时任, 前任村);
    中新网 衢州10月30日电 (乙): 乙 is a journalist (a space after 网 hid the dateline)."""
    text = ("中新网 衢州10月30日电 (钱永安)国庆前夕，在华埠镇下溪村的会议室里，开了一场“未来乡村”建设讨论会。"
            "“不要说套话。”村党委书记、村委会主任韩立群开门见山。\n\n"
            "2016年底，滕头村前任村党委书记邵文博突发疾病。村党委推举时任党委副书记、村委会主任韩立群主持党委工作。")
    r = rec(extractor, text, date="2022-10-31")
    assert r["journalists"] == ["钱永安"]
    assert posts(r) == {("韩立群", "华埠镇下溪村", "党委书记"), ("韩立群", "华埠镇下溪村", "村委会主任")}


def test_revolutionaries_listed_before_their_label(extractor):
    """甲、乙等革命先辈们的英雄事迹: 甲 and 乙 are persons (were not read), and not present."""
    text = "本报讯 5月21日上午，县委书记韩立群带领采风团参观纪念馆，聆听邵文博、汪朝晖等革命先辈们的英雄事迹。"
    r = rec(extractor, text, date="2021-05-22")
    assert {"邵文博", "汪朝晖"} <= {p["name"] for p in r["persons"]}
    assert not {"邵文博", "汪朝晖"} & {p for p, _ in roles(r)}


def test_a_relayed_speech_and_a_subheading_of_credits(extractor):
    """会议学习传达市委书记甲专题部署疫情防控工作时的讲话精神: 甲 is cited, not a speaker (部署 was read as
    甲's); 乙讲话 丙部署防疫工作 丁等参加 (a subheading): only 丁 is listed as present (丙 was too)."""
    text = ("衢江区召开疫情防控工作视频调度会\n\n韩立群讲话 邵文博部署防疫工作 汪朝晖等参加\n\n"
            "本报讯 8月13日上午，全区疫情防控工作视频调度会召开。区委书记韩立群讲话，区长邵文博部署疫情防控工作，"
            "区委副书记汪朝晖主持会议。会议学习传达省委常委、市委书记钱永安专题部署疫情防控工作时的讲话精神。")
    r = rec(extractor, text, home="衢江区", date="2021-08-14")
    assert roles(r) == {("韩立群", "speaker"), ("邵文博", "speaker"), ("汪朝晖", "chair"), ("汪朝晖", "attendee")}


def test_a_kind_of_works_told_by_its_quality_is_no_campaign(extractor):
    """兰溪桥水库扩建工程是庆元最大的民生性、公益性、战略性水利工程: a kind of works (战略性水利工程 was read
    as a campaign); 深入实施“八八战略” and 女性素质提升工程 stay campaigns (女性 is no quality)."""
    text = ("本报讯 6月30日上午，县政协常委会会议召开。县政协主席韩立群主持会议。会议传达学习深入实施“八八战略”"
            "的重要批示精神。会议指出，要深入实施女性素质提升工程，水库扩建工程是最大的民生性、公益性、战略性水利工程。")
    r = rec(extractor, text, home="庆元县", date="2023-07-01")
    assert {c["name"] for c in r["campaigns"]} == {"八八战略", "女性素质提升工程"}


def test_a_delegations_leaders_and_a_list_of_visitors_one_party(extractor):
    """某市党政代表团在市委书记甲，市委副书记、市长乙的率领下来我区考察: 甲 and 乙 hold posts in the delegation's
    city (were 某市党政代表团在市委 and the home's city); 丙、丁一行，到某镇开展调研 and 丙、丁及有关部门负责人一行
    到某镇调研: both are present (only the last, or neither, was)."""
    text = ("本报讯 12月8日，丰城市党政代表团在市委书记韩立群，市委副书记、市长邵文博的率领下来吉州区参观考察。"
            "\n\n本报讯 12月10日，区委书记汪朝晖、区长钱永安一行，到蕉南、蕉北开展调研工作。"
            "\n\n本报讯 12月12日，区委书记汪朝晖、区长钱永安及有关部门负责人一行到城南镇调研。")
    r = rec(extractor, text, home="吉州区", parent="吉安市", date="2010-12-13")
    assert {("韩立群", "丰城市委", "书记"), ("邵文博", "丰城市委", "副书记"), ("邵文博", "丰城市政府", "市长")} <= posts(r)
    by_date = roles_by_date(r)
    assert by_date["2010-12-08"] == {("韩立群", "chair"), ("邵文博", "chair")}
    assert by_date["2010-12-10"] == by_date["2010-12-12"] == {("汪朝晖", "attendee"), ("钱永安", "attendee")}


def test_acting_secretary_general_bare_organs_and_a_townships_head_after_a_phrase_ending_in_zhen(extractor):
    """代秘书长甲 is the CPPCC's (was held in a body 代); 组织部副部长乙 in a district's paper is the district's
    (was a bare 组织部); 向刚下村回到镇里的镇党委书记丙、镇长丁: 丁 is the township's named before (was held in
    向刚下村回到镇); 政协第八届某区委员会第四次会议 (the term first) is the district's 政协's."""
    text = ("本报讯 1月26日上午，政协第八届萧山区委员会第四次会议开幕。区政协主席韩立群，副主席邵文博及代秘书长"
            "汪朝晖出席会议。组织部副部长钱永安参加。\n\n本报讯 3月1日，市长蔡启明来到道墟镇镇政府，向刚下村回到镇里的"
            "镇党委书记朱立勇、镇长方向波了解道墟镇发展情况。\n\n本报讯 3月1日，区委书记韩立群主持召开区委中心组学习会。")
    r = rec(extractor, text, home="萧山区", parent="杭州市", date="2015-03-02")
    assert {("汪朝晖", "萧山区政协", "代秘书长"), ("钱永安", "萧山区委组织部", "副部长"),
            ("朱立勇", "道墟镇", "党委书记"), ("方向波", "道墟镇", "镇长")} <= posts(r)
    organizers = {(e["date"], e["organizer"]) for e in r["events"]}
    # (区委中心组 is the committee's theory study group, as printed in full: it was the group of no one)
    assert {("2015-01-26", "萧山区政协"), ("2015-03-01", "萧山区委理论学习中心组")} <= organizers


def test_a_wires_yesterday_and_two_surnames(extractor):
    """浙江在线06月28日讯 昨日上午: the 27th (was the dateline's 28th); 居 and 索 are surnames (居某, 索某 were not
    read)."""
    text = ("浙江在线06月28日讯 昨日上午，衢州市委、市政府举行重点项目集中开工仪式，市委副书记、代市长韩立群，"
            "市人大常委会主任居文博，市长索永安参加开工仪式。")
    r = rec(extractor, text, home="衢州市", parent=None, date="2012-06-28")
    assert [e["date"] for e in r["events"]] == ["2012-06-27"]
    assert {("居文博", "attendee"), ("索永安", "attendee")} <= roles(r)


def test_names_before_a_count_a_word_before_tongzhi_a_village_secretary_and_a_presidium(extractor):
    """甲、乙两位同志辞去…: both are persons (乙两位 was read as one); 任命丙、丁、戊三位同志为县监察委员会委员:
    each holds the post (none did); 县纪委监委相关负责同志: no one named 关负责; 黄田村支书己 is the village's
    支书; 某县第十九届人民代表大会第五次会议召开主席团第一次会议: convened by the county's congress."""
    text = ("本报讯 4月26日，县十六届人大常委会第二十二次会议召开。会议表决通过了关于韩立群、邵文博两位同志辞去县人大常委会"
            "委员的辞呈。会议决定任命汪朝晖、钱永安、朱立勇三位同志为永丰县监察委员会委员。县纪委监委相关负责同志列席会议。"
            "\n\n本报讯 4月28日，黄田村支书蔡启明陪同调研。\n\n本报讯 4月29日下午，永丰县第十九届人民代表大会第五次会议"
            "召开主席团第一次会议。县委书记方向波出席会议。")
    r = rec(extractor, text, home="永丰县", parent="吉安市", date="2018-04-30")
    names = {p["name"] for p in r["persons"]}
    assert {"韩立群", "邵文博"} <= names and not {"邵文博两位", "关负责", "博两位"} & names
    assert {("汪朝晖", "永丰县监委", "委员"), ("钱永安", "永丰县监委", "委员"), ("朱立勇", "永丰县监委", "委员"),
            ("蔡启明", "黄田村", "支书")} <= posts(r)
    assert ("2018-04-29", "永丰县人大") in {(e["date"], e["organizer"]) for e in r["events"]}


def test_a_matter_bears_on_a_programme_and_a_plaque_is_no_campaign(extractor):
    """事关共同富裕示范区建设全局: the campaign is 共同富裕示范区 (was 事关共同富裕示范区); 送去了“百岁匾”: a
    plaque for a hundred years of age, no campaign (a numeral opened it)."""
    text = ("本报讯 10月15日上午，重大项目集中开工活动启动。县长韩立群讲话。韩立群说，山区县能否实现跨越式高质量发展，"
            "事关共同富裕示范区建设全局。会后，韩立群到东青村慰问百岁老人并送去了“百岁匾”。")
    r = rec(extractor, text, home="遂昌县", parent="丽水市", date="2021-10-16")
    assert {c["name"] for c in r["campaigns"]} == {"共同富裕示范区"}


def test_the_head_of_an_inspection_team_printed_after_yi(extractor):
    """以省商务厅副巡视员甲为组长的省第28督查组对我区…进行督查: 甲 heads the province's 第28督查组 and is present
    (was neither; his bureau was read 以省商务厅)."""
    text = ("本报讯 8月11日至14日，以省商务厅副巡视员韩立群为组长的省第28督查组，对我区“五水共治”工作情况进行督查。"
            "区委书记邵文博陪同督查。")
    r = rec(extractor, text, home="金东区", parent="金华市", date="2014-08-19")
    assert {("韩立群", "浙江省商务厅", "副巡视员"), ("韩立群", "浙江省第28督查组", "组长")} <= posts(r)
    assert {("韩立群", "attendee"), ("邵文博", "attendee")} <= roles(r)


def test_phases_of_works_and_each_of_them_are_no_campaigns(extractor):
    """实地察看了飞云江二期治理工程…，详细了解各个工程的开展情况: a phase of works is built (it was a campaign),
    and 各个工程 is no programme's name."""
    text = ("本报讯 4月16日下午，县长韩立群前往峃口镇开展重点工作督查。韩立群一行实地察看了飞云江二期治理工程的生态停车场，"
            "详细了解各个工程的开展情况。")
    r = rec(extractor, text, home="文成县", parent="温州市", date="2018-04-17")
    assert r["campaigns"] == []


def test_a_sessions_presiding_members_listed_after_you_and_a_district_named_with_its_city(extractor):
    """出席本次全体会议的执行主席有：区委书记甲，区委副书记、区长乙: both present (neither was);
    福州市仓山区第十八届人民代表大会第三次会议 is convened by the district's congress (was by no one)."""
    text = ("本报讯 12月24日上午，福州市仓山区第十八届人民代表大会第三次会议开幕。\n\n出席本次全体会议的执行主席有："
            "区委书记韩立群，区委副书记、区长邵文博，区人大常委会主任汪朝晖。大会由主席团常务主席汪朝晖主持。")
    r = rec(extractor, text, home="仓山区", parent="福州市", date="2023-12-25")
    assert roles(r) == {("韩立群", "attendee"), ("邵文博", "attendee"), ("汪朝晖", "attendee"), ("汪朝晖", "chair")}
    assert [e["organizer"] for e in r["events"]] == ["仓山区人大"]


def test_a_known_campaign_inside_a_longer_one_is_not_read_again(extractor):
    """就“百千万工程”提出意见: one campaign (千万工程, a known one, was read inside it as well)."""
    text = "本报讯 4月9日，区政协召开常委会议。区政协主席韩立群主持。与会常委就“百千万工程”、新质生产力等方面提出意见建议。"
    r = rec(extractor, text, home="梅江区", parent="梅州市", date="2024-04-10")
    assert {c["name"] for c in r["campaigns"]} == {"百千万工程"}


def test_a_leader_speaking_on_a_visit_to_a_long_named_work_is_present(extractor):
    """区委书记甲在调研沿江公路与防洪堤建设相结合工作时强调: 甲 is on the visit and speaks (was only a speaker:
    the work's name ran past the visit's verb); 在听取…调研组工作情况汇报时强调 is no visit of 乙's."""
    text = ("本报讯 12月9日，区委书记韩立群在调研沿江公路与防洪堤建设相结合工作时强调，各部门要担起责任。"
            "区委副书记、代区长邵文博参加。\n\n本报讯 12月11日，区委召开常委会。区委书记汪朝晖在听取县委调研组工作情况汇报时"
            "强调，要压实责任。")
    r = rec(extractor, text, home="衢江区", parent="衢州市", date="2016-12-13")
    by_date = roles_by_date(r)
    assert by_date["2016-12-09"] == {("韩立群", "attendee"), ("韩立群", "speaker"), ("邵文博", "attendee")}
    assert ("汪朝晖", "attendee") not in by_date["2016-12-11"]


def test_a_visitor_who_comes_to_call_on_people_is_present(extractor):
    """省政协副主席甲来我市看望慰问省政协委员, 乙来我市“走亲连心”，看望慰问…: the visitor is present (only the
    host who joined was)."""
    text = ("本报讯 6月5日，省政协副主席韩立群来我市看望慰问省政协委员。市委书记邵文博参加。\n\n"
            "本报讯 6月6日，省政协副主席汪朝晖来我市“走亲连心”，看望慰问老党员。市委书记邵文博参加。")
    r = rec(extractor, text, home="衢州市", parent=None, date="2014-06-07")
    by_date = roles_by_date(r)
    assert by_date["2014-06-05"] == {("韩立群", "attendee"), ("邵文博", "attendee")}
    assert by_date["2014-06-06"] == {("汪朝晖", "attendee"), ("邵文博", "attendee")}


def test_a_name_after_the_quoted_honour_it_holds(extractor):
    """为“浙江好人”甲送上问候, 看望了“最美衢州人”乙、丙: persons (none was read); 争当“最美衢州人”为城市添彩 and
    “时代楷模”精神 name no one."""
    text = ("本报讯 2月5日，区长韩立群一行为“浙江好人”邵文博送上新春问候，看望了“最美衢州人”汪朝晖、钱永安。"
            "韩立群强调，要争当“最美衢州人”为城市添彩，学习“时代楷模”精神。")
    r = rec(extractor, text, home="衢江区", parent="衢州市", date="2025-02-06")
    assert {p["name"] for p in r["persons"]} == {"韩立群", "邵文博", "汪朝晖", "钱永安"}


def test_a_name_after_an_honours_bracketed_kind(extractor):
    """看望慰问了道德模范（平民英雄）甲、乙: both are persons (neither was read)."""
    text = "本报讯 2月5日上午，县委书记韩立群看望慰问了道德模范（平民英雄）邵文博、汪朝晖。"
    r = rec(extractor, text, home="开化县", parent="衢州市", date="2025-02-06")
    assert {p["name"] for p in r["persons"]} == {"韩立群", "邵文博", "汪朝晖"}


def test_a_leader_named_before_the_title_of_a_report_or_speech(extractor):
    """审议了甲县长所作的政府工作报告, 听了乙主席的政协常委会工作报告, 学习了丙书记在…上的讲话: persons (none was
    read); the county head's post as 县长甲 gives it; a bare 主席 or 书记 names no body, and 总书记, 副书记 stay
    whole titles (习近平总书记 is read as before; 县委副书记 gives no name 县委)."""
    text = ("本报讯 3月5日，县十七届人大一次会议开幕。会议听取和审议了韩立群县长所作的政府工作报告，"
            "听了邵文博主席的政协常委会工作报告和汪朝晖副主席的提案工作情况报告，"
            "传达学习了钱永安书记在全市经济工作会议上的讲话精神。县委副书记的报告也已印发。")
    r = rec(extractor, text, home="开化县", parent="衢州市", date="2025-03-06")
    assert {p["name"] for p in r["persons"]} == {"韩立群", "邵文博", "汪朝晖", "钱永安"}
    assert posts(r) == {("韩立群", "开化县政府", "县长")}


def test_a_report_the_meeting_relays_gives_no_speaker_and_a_bare_title_after_a_conjunction(extractor):
    """传达学习了…精神，…讲话精神和市委副书记、市长甲所作的《政府工作报告》: 甲 delivered the report elsewhere and
    is no speaker here (a congress hearing 县长乙所作的报告 still has 乙 speak), and 和|市长 is the bare title, the
    city's (not a body named 讲话精神和)."""
    text = ("本报讯 3月5日，县委常委会召开会议，传达学习了全市大会精神，市委书记韩立群在全市大会上的讲话精神和"
            "市长邵文博所作的《政府工作报告》。县委书记汪朝晖主持会议。")
    r = rec(extractor, text, home="开化县", parent="衢州市", date="2025-03-06")
    assert ("邵文博", "衢州市政府", "市长") in posts(r)
    assert not any(org.endswith("和") for _, org, _ in posts(r))
    assert roles(r) == {("汪朝晖", "chair")}
    text = "本报讯 3月5日，县人大会议开幕。会议听取了县长钱永安所作的政府工作报告。县委书记汪朝晖主持会议。"
    r = rec(extractor, text, home="开化县", parent="衢州市", date="2025-03-06")
    assert ("钱永安", "speaker") in roles(r)


def test_a_committee_of_the_cppcc_or_the_congress_after_it_in_the_chain(extractor):
    """县政协常委、农业农村委主任甲: the CPPCC's committee (not a county 农业农村委); 县人大常委会副主任、法工委主任乙:
    the congress's; 县政协副主席、县发改委主任丙 names its own level, the county's."""
    text = ("本报讯 3月5日，县政协常委、农业农村委主任韩立群，县人大常委会副主任、法工委主任邵文博，"
            "县政协副主席、县发改委主任汪朝晖出席会议。")
    r = rec(extractor, text, home="开化县", parent="衢州市", date="2025-03-06")
    assert {("韩立群", "开化县政协农业农村委", "主任"), ("邵文博", "开化县人大常委会法工委", "主任"),
            ("汪朝晖", "开化县发改委", "主任")} <= posts(r)


def test_visitors_who_hold_something_where_they_go(extractor):
    """甲、乙、丙等一行到某镇开展…座谈会: each of the visitors is present (only the first was read)."""
    text = ("本报讯 11月23日上午，县政协副主席韩立群、县政协常委邵文博、副主任汪朝晖等一行到大墅镇开展"
            "党的二十大精神宣讲暨界别委员座谈会。")
    r = rec(extractor, text, home="开化县", parent="衢州市", date="2025-11-24")
    assert roles(r) == {("韩立群", "attendee"), ("邵文博", "attendee"), ("汪朝晖", "attendee")}


def test_a_township_deputy_chairs_in_the_clause_that_names_the_meeting_by_its_chair(extractor):
    """会议由镇党委副书记甲主持: the township the article named (not a body named 会议由镇); 要求每一名党员干部
    names no one (求每 was read a name before a count)."""
    text = ("本报讯 3月23日下午，县委第二巡察组在籍山镇召开巡察情况反馈大会，会议由镇党委副书记韩立群主持，"
            "县委第二巡察组组长邵文博反馈了巡察情况，县委巡察办副主任汪朝晖出席会议并讲话。"
            "会议要求每一名党员干部都要把思想统一到巡察反馈意见上来。")
    r = rec(extractor, text, home="南陵县", parent="芜湖市", date="2025-03-24")
    assert ("韩立群", "籍山镇", "党委副书记") in posts(r)
    assert {p["name"] for p in r["persons"]} == {"韩立群", "邵文博", "汪朝晖"}
    # 反馈 is the clause's verb: the team's head speaks, and is not among those 出席 lists
    assert roles(r) == {("韩立群", "chair"), ("邵文博", "speaker"), ("汪朝晖", "attendee"), ("汪朝晖", "speaker")}


def test_a_credit_with_the_outlets_name_run_into_it_and_a_list_with_a_space_after_a_comma(extractor):
    """责任编辑:甲古田网: the editor, not 古田网 too; 县领导乙、 丙、丁出席会议: a space after 、 ends no list."""
    text = ("本报讯 9月20日，招商引资恳谈会举行，县长韩立群在会上致辞。\n\n县领导邵文博、 汪朝晖、钱永安出席会议。\n\n"
            "责任编辑:朱立勇古田网\n")
    r = rec(extractor, text, home="古田县", parent="宁德市", date="2025-09-21")
    assert r["journalists"] == ["朱立勇"]
    assert {("邵文博", "attendee"), ("汪朝晖", "attendee"), ("钱永安", "attendee")} <= roles(r)


def test_leaders_who_take_their_officials_to_inspect(extractor):
    """县长甲带领…部门负责人对…进行了现场检查: 甲 leads an inspection (none was read); 局长乙，副局长丙带领某股、
    某股一行到…督查: both lead (only 丙 was read)."""
    text = "本报讯 7月26日，县委副书记、县长韩立群带领安监、国土等部门负责人对我县的非煤矿山企业进行了现场检查。"
    r = rec(extractor, text, home="临朐县", parent="潍坊市", date="2025-07-27")
    assert roles(r) == {("韩立群", "chair")}
    text = ("本报讯 1月1日，县应急管理局党委书记、局长邵文博，党委委员、副局长汪朝晖带领安全生产基础股、"
            "应急救援股一行到石材工业园开展元旦假期安全防范督查。")
    r = rec(extractor, text, home="通城县", parent="咸宁市", date="2025-01-02")
    assert roles(r) == {("邵文博", "chair"), ("汪朝晖", "chair")}


def test_a_sessions_presidium_meeting_named_by_its_number_and_a_party_group_member_after_the_head(extractor):
    """区五届人大五次会议主席团召开第一次会议: the presidium's meeting, the district congress's (it was
    第一次会议, no organizer); 区人大常委会主任甲，副主任乙，党组成员丙: 丙 in the standing committee's party
    group (no post was read)."""
    text = "本报讯 1月27日上午，区五届人大五次会议主席团召开第一次会议。会议由区人大常委会主任韩立群主持。"
    r = rec(extractor, text, home="锡山区", parent="无锡市", date="2025-01-28")
    (ev,) = r["events"]
    assert ev["title"] == "区五届人大五次会议主席团第一次会议" and ev["organizer"] == "锡山区人大"
    text = ("本报讯 1月12日，区第四届人大常委会举行第十六次会议。区人大常委会主任韩立群，副主任邵文博、汪朝晖，"
            "党组成员钱永安以及委员共28人出席了会议。")
    r = rec(extractor, text, home="新北区", parent="常州市", date="2025-01-14")
    assert ("钱永安", "新北区人大常委会", "党组成员") in posts(r)


def test_a_firm_after_where_a_leader_met_its_officer(extractor):
    """在市行政中心亲切会见了中国某集团公司副总经理甲: 甲's firm (the body was read from 市行政中心, where)."""
    text = "本报讯 8月30日上午，市长韩立群在市行政中心亲切会见了中国港中旅集团公司副总经理邵文博一行。"
    r = rec(extractor, text, home="信阳市", parent=None, date="2025-08-31")
    assert ("邵文博", "中国港中旅集团公司", "副总经理") in posts(r)


def test_a_study_session_its_second_report_and_each_who_leads_the_study(extractor):
    """区委理论学习中心组开展集体学习研讨。区委书记甲主持…: the session's name, a meeting (the title was the
    two sentences run together); 又讯 opens a second report of the same day; 乙，丙，丁分别领学了…: each speaks
    (only the last was read); a quoted name holding a comma stays whole in the title."""
    text = ("本报讯 1月31日，区委理论学习中心组开展集体学习研讨。区委书记韩立群主持会议并讲话，区领导邵文博等参加会议。"
            "\n\n会上，区委副书记汪朝晖，区委常委钱永安，区委常委朱立勇分别领学了重要讲话精神。（蔡启明）"
            "\n\n又讯 1月31日，全区“学习贯彻党的二十大精神，加快建设现代化新城区”专题研讨班举行。区委书记韩立群主持开班式。")
    r = rec(extractor, text, home="河东区", parent="临沂市", date="2025-02-01")
    first, second = r["events"]
    assert first["title"] == "区委理论学习中心组开展集体学习研讨" and first["kind"] == "meeting"
    assert {(x["person"], x["role"]) for x in first["participants"]} == {
        ("韩立群", "chair"), ("韩立群", "speaker"), ("邵文博", "attendee"), ("汪朝晖", "speaker"),
        ("钱永安", "speaker"), ("朱立勇", "speaker")}
    assert second["title"] == "全区“学习贯彻党的二十大精神，加快建设现代化新城区”专题研讨班"
    assert {(x["person"], x["role"]) for x in second["participants"]} == {("韩立群", "chair")}


def test_a_long_named_leading_group_convenes_its_meeting(extractor):
    """区委学习贯彻…主题教育领导小组第四次会议召开: the group convenes it (its name was too long to be read)."""
    text = ("本报讯 12月29日，区委学习贯彻习近平新时代中国特色社会主义思想主题教育领导小组第四次会议召开，"
            "区委书记韩立群主持会议并讲话。")
    r = rec(extractor, text, home="昭化区", parent="广元市", date="2025-12-30")
    assert r["events"][0]["organizer"] == "昭化区委学习贯彻习近平新时代中国特色社会主义思想主题教育领导小组"


def test_a_timelines_hour_before_a_title_is_no_part_of_the_body(extractor):
    """9:25 | 县委书记甲宣布…开工, lines of a timeline joined: 甲 is the county's secretary (the body was 25县委)."""
    text = "9:25\n县委书记韩立群宣布全县重大项目集中开工\n9:10\n县委副书记、县长邵文博致辞\n"
    r = rec(extractor, text, home="房县", parent="十堰市", date="2025-03-01")
    assert {("韩立群", "房县委", "书记"), ("邵文博", "房县委", "副书记"), ("邵文博", "房县政府", "县长")} <= posts(r)
    assert not any(org[0].isdigit() for _, org, _ in posts(r))


def test_leaders_who_greet_and_a_list_reporting_each_on_its_work(extractor):
    """甲，乙，丙等向委员们致以亲切的问候: each is present (none was read); 丁作了…（28 characters）…的报告: speaks;
    戊，己分别就…工作情况进行通报: each speaks; 一致推选|某新区管委会主任甲: the zone's committee, not 一致推选…."""
    text = ("本报讯 昨日下午，区四套班子领导到各组讨论地点看望了出席会议的政协委员。"
            "区委书记韩立群，区委副书记、代区长邵文博，区政协主席汪朝晖等向委员们致以亲切的问候。"
            "会上，邵文博作了2022年上半年全区经济社会发展情况和下半年政府工作的报告。"
            "区检察院检察长钱永安、区法院常务副院长朱立勇，分别就全区检察工作、法院工作情况进行通报。")
    r = rec(extractor, text, home="婺城区", parent="金华市", date="2025-03-05")
    assert roles(r) == {("韩立群", "attendee"), ("邵文博", "attendee"), ("汪朝晖", "attendee"), ("邵文博", "speaker"),
                        ("钱永安", "speaker"), ("朱立勇", "speaker")}
    text = "本报讯 1月20日下午，金东代表团召开全体会议，一致推选金华金义新区管委会主任、金东区委书记蔡启明为团长。"
    r = rec(extractor, text, home="金东区", parent="金华市", date="2025-01-21")
    assert ("蔡启明", "金华金义新区管委会", "主任") in posts(r)


def test_a_delegations_meeting_at_a_session_is_the_delegations(extractor):
    """参加市八届人大六次会议的金东代表团召开全体会议: the delegation's meeting, with no organizer (it was
    convened by 参加市人大, read from the session's name)."""
    text = "本报讯 1月20日下午，参加市八届人大六次会议的金东代表团召开全体会议，区委书记韩立群主持会议并讲话。"
    r = rec(extractor, text, home="金东区", parent="金华市", date="2025-01-21")
    (ev,) = r["events"]
    assert (ev["title"], ev["organizer"]) == ("金东代表团全体会议", None)


def test_a_caption_inside_a_report_and_another_outlets_open_byline(extractor):
    """云上崇阳讯 记者甲报道：: 甲 is the journalist (none was read); 图为县长乙在某乡检查…, a caption line inside the
    report: no post in a body named 图为, and the report goes on past it (乙指出 after it is the visit's speech)."""
    text = ("云上崇阳讯 记者钱永安报道:6月23日，县委副书记、县长韩立群深入肖岭、沙坪等乡镇，检查指导防汛工作。"
            "县领导邵文博、汪朝晖等一同参加检查。\n\n图为县长韩立群在肖岭乡检查指导防汛工作\n\n"
            "随后，韩立群赶到沙坪镇码头村。韩立群指出，未来两天仍有持续降雨。\n")
    r = rec(extractor, text, home="崇阳县", parent="咸宁市", date="2025-06-24")
    assert r["journalists"] == ["钱永安"]
    assert not any(org == "图为" for _, org, _ in posts(r))
    assert ("韩立群", "speaker") in roles(r)


def test_a_leader_who_directs_flood_defence_on_the_spot(extractor):
    """县委书记甲深入部分垸区一线督战防汛抗灾工作。县领导乙、丙参加。: an inspection (none was read)."""
    text = "本报讯 7月9号晚上，县委书记韩立群深入部分垸区一线督战防汛抗灾工作。县领导邵文博、汪朝晖参加。"
    r = rec(extractor, text, home="湘阴县", parent="岳阳市", date="2025-07-10")
    (ev,) = r["events"]
    assert ev["kind"] == "inspection" and roles(r) == {("韩立群", "attendee"), ("邵文博", "attendee"), ("汪朝晖", "attendee")}
