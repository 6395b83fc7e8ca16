from pathlib import Path

from kg.clean import clean_paragraphs, clean_text


def test_names_split_across_lines_are_joined():
    raw = "本报讯（记者 郑一平 余\n问清 黄杰） 9月 18日上午，县\n委常委会召开会议。"
    text = clean_text(raw)
    assert "余问清" in text
    assert "9月18日上午" in text
    assert "县委常委会" in text


def test_byline_across_blank_line_inside_bracket():
    raw = "本报讯（记者 胡一珊\n\n余亚男） 1月 28日上午，县\n委副书记主持会议。"
    assert "（记者 胡一珊余亚男）" in clean_text(raw)


def test_continuation_mark_dropped_and_fullwidth_digits():
    raw = "会议要求加快推进工作。\n（下转第二版）\n\n２０２１年３月５日"
    text = clean_text(raw)
    assert "下转" not in text
    assert "2021年3月5日" in text


def test_wide_page_mid_word_break_joined():
    raw = ("督查组指出,衢州工作抓得紧、抓得实,在“回\n\n头看”工作上,领导重视。\n\n"
           "高一出席\n\n本报讯(记者 徐一)7月21日下午,会议召开。")
    paras = clean_paragraphs(raw)
    assert any("“回头看”" in p for p in paras)
    assert "高一出席" in paras  # a short headline is not glued to the next block


def test_spaces_between_names_kept():
    assert "记者 郑一 汪二 摄" in clean_text("记者 郑一 汪二 摄")


def test_padded_two_character_names_are_closed_up():
    """Papers pad two-character names to the width of three (程 鹏): in lists, bylines and after
    titles the space goes; between longer names (a byline's) it stays."""
    text = "会议由区委书记程 鹏主持。区长吴 琼，出席会议的有：王 伟、李明华、张 强。（记者 姜 文 郑志平 余问清）"
    assert clean_text(text) == ("会议由区委书记程鹏主持。区长吴琼，出席会议的有：王伟、李明华、张强。"
                                "（记者 姜文 郑志平 余问清）")


def test_an_indented_line_begins_a_paragraph_but_a_margin_does_not():
    """Print indents a paragraph's first line (two full-width spaces): it begins a paragraph
    though no blank line comes before it; an indent every line has is the page's margin."""
    text = "县管领导干部任前公示\n　　甲某，男，现任县财政局局长。\n　　乙某，女，现\n任县教育局局长。\n"
    assert clean_text(text) == "县管领导干部任前公示\n\n甲某，男，现任县财政局局长。\n\n乙某，女，现任县教育局局长。"
    margin = "  县委召开会议，研究\n  部署工作。\n"
    assert clean_text(margin) == "县委召开会议，研究部署工作。"


def test_bullets_open_paragraphs_and_a_zero_or_an_unread_mark_does_not():
    text = "简讯\n\n●6月8日，副区长甲带队赴上海\n招商。\n●6月9日，区政协主席乙率队视察。\n会议于二\n○二四年召开，\n□□出席。"
    assert clean_text(text).split("\n\n") == ["简讯", "●6月8日，副区长甲带队赴上海招商。",
                                               "●6月9日，区政协主席乙率队视察。会议于二○二四年召开，□□出席。"]


def test_a_padded_name_in_a_decision_is_closed_up():
    text = "会议任命王 可为副县长，徐 东为县监委主任。免去李 强的县长职务。补选汪 平（女）为副主任。天 为之"
    assert clean_text(text) == "会议任命王可为副县长，徐东为县监委主任。免去李强的县长职务。补选汪平（女）为副主任。天 为之"



# a narrow column's running text (13 characters a line), enough lines for the column's width to be read
FILLER = "\n".join(["会议指出要坚持稳中求进工作", "总基调全力以赴推动经济社会", "高质量发展确保各项目标任务",
                   "圆满完成会议指出要坚持稳中", "求进工作总基调全力以赴推动", "经济社会高质量发展确保各项",
                   "目标任务圆满完成会议指出要", "坚持稳中求进工作总基调全力", "以赴推动经济社会高质量发展",
                   "确保各项目标任务圆满完成会", "议指出要坚持稳中求进工作总", "基调全力以赴推动经济发展。"])


def test_a_dateline_alone_before_a_column_break_runs_into_the_report():
    raw = "本报讯（记者 王一 李二）\n\n7月21日上午，县政府召开第\n71次常务会议。\n\n" + FILLER
    assert clean_paragraphs(raw)[0] == "本报讯（记者 王一 李二）7月21日上午，县政府召开第71次常务会议。"


def test_a_full_line_with_a_spaced_byline_runs_on_and_a_lone_full_line_ends_in_a_word():
    raw = ("本报讯（记者 王一 实习\n生 李二） 1月26日，我们在开\n\n化润途服饰有限公司的生产车\n间内，工人们正在忙碌。\n\n"
           + FILLER + "\n\n市委书记汤飞帆出席会议并讲\n\n话，市政协主席周伟江主持会\n议。\n\n" + FILLER)
    paras = clean_paragraphs(raw)
    assert any("在开化润途服饰有限公司" in p for p in paras)  # 在开|化润途: the column ran out
    assert "市委书记汤飞帆出席会议并讲话，市政协主席周伟江主持会议。" in paras  # 并讲|话，: no headline


def test_a_column_break_after_a_semicolon_an_open_quote_or_inside_a_title_is_inside_the_paragraph():
    raw = (FILLER + "\n\n黄建发指出，要大抓项目，聚焦优\n势产业，抓有特色的项目；\n\n要做实农业，深化农村改革。\n\n"
           + FILLER + "\n\n要抓好市政协“\n\n一规则两意见”的贯彻落实。\n\n"
           + FILLER + "\n\n重点提案《关于加快推进改革拓\n宽生态产品价值实现转化路\n\n径的建议》，开展协商办理。\n\n"
           + "我县电商经济逆势上扬本报讯（记\n者 王一 李二）\n\n1月28日上午，县政府召开常务\n会议。")
    paras = clean_paragraphs(raw)
    assert "黄建发指出，要大抓项目，聚焦优势产业，抓有特色的项目；要做实农业，深化农村改革。" in paras
    assert "要抓好市政协“一规则两意见”的贯彻落实。" in paras
    assert "重点提案《关于加快推进改革拓宽生态产品价值实现转化路径的建议》，开展协商办理。" in paras
    assert paras[-1] == "我县电商经济逆势上扬本报讯（记者 王一 李二）1月28日上午，县政府召开常务会议。"


def test_a_padded_name_an_open_quote_a_full_single_line_and_a_word_across_a_break_run_on():
    raw = (FILLER + "\n\n本报讯 6月11日，项目集中开工。市委副\n书记、市长刘 刚致辞。市人\n\n大常委会主任杨春林出席。\n\n"
           + FILLER + "\n\n会议研究部署“两山”转化和\n部署“两山”转化和“一县一\n\n策”相关工作。\n\n"
           + FILLER + "\n\n市长沈嘉俊对葛天佑一行到来\n\n表示欢迎。\n\n"
           + FILLER + "\n\n会议听取了县农业农村局关\n\n于胡柚产业发展情况的汇报。")
    paras = clean_paragraphs(raw)
    assert "本报讯6月11日，项目集中开工。市委副书记、市长刘刚致辞。市人大常委会主任杨春林出席。" in paras
    assert "会议研究部署“两山”转化和部署“两山”转化和“一县一策”相关工作。" in paras
    assert "市长沈嘉俊对葛天佑一行到来表示欢迎。" in paras
    assert "会议听取了县农业农村局关于胡柚产业发展情况的汇报。" in paras


def test_a_short_page_reads_its_column_from_the_lines_inside_paragraphs_and_a_bracket_goes_on():
    # nine lines: too few for the page's commonest widths, enough inside its paragraphs
    raw = ("县委常委会召开扩大会议\n\n本报讯 昨日，县委书记朱建\n国主持召开县委常委会扩大会\n议，传达学习全省经济工作会\n"
           "议精神，研究部署我县贯彻落\n实工作。县委副书记、县长吴\n\n宏伟，县人大常委会主任汪建，\n县政协主席王丽萍等出席会议。\n\n"
           "县委副书记、政法委书记黄志\n远，县委常委、副县长（挂职）\n\n孙明杰出席会议。")
    paras = clean_paragraphs(raw)
    assert "县长吴宏伟" in paras[1]
    assert paras[-1] == "县委副书记、政法委书记黄志远，县委常委、副县长（挂职）孙明杰出席会议。"


def test_short_last_lines_common_on_a_short_page_are_no_column():
    """A page of short pieces (a feature, notices, the weather): its paragraphs' short last lines are
    as common as its full ones, and are no column's width."""
    raw = (Path(__file__).parent / "fixtures" / "notices-2024-07-06.txt").read_text(encoding="utf-8")
    paras = clean_paragraphs(raw)
    assert paras[:2] == ["山村里的“守林人”", "本报记者 方晓红"]


def test_a_single_line_as_wide_as_most_lines_fills_the_column():
    """An 18-character column whose lines a squeezed stop makes 19 wide now and then: a lone line of
    18 (会议听取了县政府关于2023年度财政决算|情况的报告) fills the column, and is no headline."""
    raw = (Path(__file__).parent / "fixtures" / "wide-column-2025-07-17.txt").read_text(encoding="utf-8")
    assert any("2023年度财政决算情况的报告" in p for p in clean_paragraphs(raw))


def test_a_page_of_long_lines_joins_a_fragment_a_word_or_a_preposition_runs_out_of():
    raw = ("本报讯（记者 王一）7月2日，全县经济工作会议召开。县委副书记、县长吴志明主持会议并就下半年经济工作作具体部署。\n\n"
           "在主席台就座的还\n\n有县人大常委会主任方建平，县政协主席叶红英等。\n\n"
           "本报讯 1月12日上午，开化县第十八届人民代表大会第四次会议在县文化中心胜利闭幕。\n\n会议选举汪晓东为\n\n"
           "开化县人民政府县长，徐丽芳为开化县监察委员会主任。\n\n高一出席\n\n本报讯(记者 徐一)7月21日下午,会议召开。")
    paras = clean_paragraphs(raw)
    assert "在主席台就座的还有县人大常委会主任方建平，县政协主席叶红英等。" in paras
    assert "会议选举汪晓东为开化县人民政府县长，徐丽芳为开化县监察委员会主任。" in paras
    assert "高一出席" in paras


def test_a_list_printed_one_entry_a_line_stays_one_entry_a_paragraph():
    raw = ("本报讯 7月1日，我市召开表彰大会。市委书记甲出席会\n议并讲话，市长乙主持会议。会议宣\n读了表彰决定。\n\n"
           "江山市优秀共产党员名单（部分）\n毛根土 贺村镇耕读村党支部书记\n姜小红（女） 市人民医院护士长\n"
           "周立新 市公安局交警大队副大队长\n\n衢州市委常委到我市调研\n\n本报讯 6月30日，衢州市委常委甲到我\n市调研。")
    paras = clean_paragraphs(raw)
    assert paras[1:6] == ["江山市优秀共产党员名单（部分）", "毛根土 贺村镇耕读村党支部书记", "姜小红（女） 市人民医院护士长",
                          "周立新 市公安局交警大队副大队长", "衢州市委常委到我市调研"]
    # one line of that shape alone is no list: the running text it is part of runs on
    raw = "本报讯 3月5日，县委副书记、\n王强 主持会议并讲话\n，县长李明出席。"
    assert len(clean_paragraphs(raw)) == 1


def test_a_page_copied_one_paragraph_a_line_without_blank_lines_keeps_its_paragraphs():
    """Text from a web page: a headline, paragraphs and credits, one a line, no blank line
    between them. Each sentence-ended line, the headline and each credit is a paragraph (they
    were one, the credits run into each other)."""
    text = ("县政协委员驻地迎来县领导\n"
            "11月8日下午，县委书记甲某某，县委副书记、县长乙某某来到县政协委员驻地，看望慰问出席县政协十一届一次会议的委员。\n"
            "甲某某希望委员们集中精力开好本次会议。\n"
            "全媒体记者：丙某 丁某\n"
            "编辑：戊某\n")
    assert clean_paragraphs(text) == [
        "县政协委员驻地迎来县领导",
        "11月8日下午，县委书记甲某某，县委副书记、县长乙某某来到县政协委员驻地，看望慰问出席县政协十一届一次会议的委员。",
        "甲某某希望委员们集中精力开好本次会议。", "全媒体记者：丙某 丁某", "编辑：戊某"]


def test_a_two_part_headline_on_a_page_of_long_lines_is_its_own_paragraph():
    """岁寒情深暖人心，某镇领导开展走访慰问: a headline with a comma inside, a word at its end (it ran into
    the report's first paragraph, and so the township's head lost the township the headline names)."""
    text = ("岁寒情深暖人心，长安镇领导开展春节前走访慰问\n"
            "镇党委书记甲某某走访慰问了退休干部、社区困难党员及群众、社区工作者，向他们送去新春祝福。\n"
            "镇党委副书记、镇长乙某某走访慰问了两户困难家庭以及退休干部，代表镇党委、镇政府送去新春祝福。\n")
    assert clean_paragraphs(text)[0] == "岁寒情深暖人心，长安镇领导开展春节前走访慰问"


def test_a_short_narrow_page_is_not_read_as_one_of_long_lines():
    text = "会议于二\n○二四年召开。\n县长甲某\n出席。"
    assert clean_paragraphs(text) == ["会议于二○二四年召开。县长甲某出席。"]


def test_a_bylines_padded_names_run_into_its_role_word_are_closed_up():
    """（记者冯 艳 孙 敏 张 涛）: three two-character names padded to three (read 冯艳孙 敏 张涛: the first ran
    into 记者, so the pairs after it were read across)."""
    assert clean_paragraphs("（记者冯 艳 孙 敏 张 涛）5日晚，会议召开。")[0] == "（记者冯艳 孙敏 张涛）5日晚，会议召开。"
    assert clean_paragraphs("（记者王强 李明）5日晚，会议召开。")[0] == "（记者王强 李明）5日晚，会议召开。"


def test_the_reporters_names_in_brackets_after_a_stop_end_their_paragraph():
    """…落实好。（甲 乙 丙）, then a caption on the next line of a page of long lines: the names close the
    report (the caption ran into them, and the byline was lost)."""
    text = ("11月27日，县政协副主席甲某某、乙某某分别参加了各组讨论，委员们在讨论时纷纷表示，要发挥政协职能，履行好委员职责。（韩立群 邵文博 汪朝晖）\n"
            "县政协副主席甲某某在小组参加讨论\n")
    assert clean_paragraphs(text)[-1] == "县政协副主席甲某某在小组参加讨论"
    assert clean_paragraphs(text)[0].endswith("（韩立群 邵文博 汪朝晖）")


def test_a_headline_ending_on_a_quote_and_an_authors_credit_are_paragraphs_of_their_own():
    """两位村干部的“心思” | 作者:本报记者 甲 | a caption, one a line on a page of long lines: three paragraphs
    (they ran into one, the headline's quote close read as no headline's end, 作者 as no credit)."""
    text = ("两位村干部的“心思”\n作者:本报记者 韩立群\n邵文博(右)、汪朝晖(中)在田间查看小麦长势。\n"
            "4月4日，清明节。记者回到江苏省泰兴市黄桥镇吴庄村的老家扫墓，村党总支书记邵文博和村委会主任汪朝晖便来到记者家中。\n")
    assert clean_paragraphs(text)[:3] == ["两位村干部的“心思”", "作者:本报记者 韩立群", "邵文博(右)、汪朝晖(中)在田间查看小麦长势。"]


def test_a_short_line_before_a_dated_lead_is_a_headline_though_it_enumerates():
    """甲乙会见某集团党委委员、副总裁丙 | 8月20日，…: the headline (an enumeration comma inside) is its own
    paragraph on a page of long lines (it ran into the lead, and the event's title ended on 8月20日)."""
    text = ("韩立群邵文博会见上海某集团党委委员、副总裁汪朝晖\n"
            "8月20日，市委书记韩立群，市长邵文博会见上海某集团党委委员、副总裁，上海某新能源发展公司董事长汪朝晖。\n"
            "韩立群对汪朝晖一行来访表示欢迎。他说，上海某集团是我市重要的战略合作伙伴。\n")
    assert clean_paragraphs(text)[0] == "韩立群邵文博会见上海某集团党委委员、副总裁汪朝晖"
