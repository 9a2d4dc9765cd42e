<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/infant_massage/ui/about_dialog.py" line="17" />
        <source>About Infant Massage Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/about_dialog.py" line="21" />
        <source>Infant Massage Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/about_dialog.py" line="24" />
        <source>Version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/about_dialog.py" line="28" />
        <source>Learn gentle massage for your baby: pick an area, follow the hand, and stop whenever the baby has had enough. Everything stays on this computer; the app never uses the network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/about_dialog.py" line="37" />
        <source>Massage is for comfort and closeness. It does not replace advice from your midwife, health visitor or doctor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/about_dialog.py" line="54" />
        <source>Licences:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/about_dialog.py" line="55" />
        <source>Infant Massage Guide, its texts and illustrations: MIT licence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/about_dialog.py" line="56" />
        <source>Qt %1 and PySide6: LGPL version 3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/about_dialog.py" line="57" />
        <source>pydantic %1: MIT licence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/about_dialog.py" line="58" />
        <source>platformdirs: MIT licence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/about_dialog.py" line="59" />
        <source>Python %1: PSF licence.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/body_map.py" line="245" />
        <source>%1, %n technique(s)</source>
        <translation>
            <numerusform>%1, %n technique</numerusform>
            <numerusform>%1, %n techniques</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/body_map.py" line="249" />
        <source>front view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/body_map.py" line="249" />
        <source>back view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/body_map.py" line="250" />
        <source>Body map, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/body_map.py" line="252" />
        <source>Use the arrow keys to choose a body area, Enter to select it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="63" />
        <source>Back to the areas (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="78" />
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="281" />
        <source>Play (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="81" />
        <source>Restart (R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="85" />
        <source>Speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="87" />
        <source>%1× speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="90" />
        <source>Loop (L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="93" />
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="286" />
        <source>Parent's view (M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="95" />
        <source>Flip left and right, e.g. when facing a class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="97" />
        <source>Still diagram</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="98" />
        <source>Show the path and key hand positions without motion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="180" />
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="184" />
        <source>The baby lies on the back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="186" />
        <source>The baby lies on the tummy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="191" />
        <source>Pressure: %1
Direction: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="201" />
        <source>How to do it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="224" />
        <source>Push steadily</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="226" />
        <source>Glide slowly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="228" />
        <source>Circle gently</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="229" />
        <source>Press</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="230" />
        <source>Hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="233" />
        <source>Pinch and roll upward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="227" />
        <source>Lift and return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="231" />
        <source>Release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="232" />
        <source>Move to the next point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="234" />
        <source>Lift once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="235" />
        <source>Done: well done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="242" />
        <source>Stroke %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="243" />
        <source>Circle %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="244" />
        <source>Press %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="245" />
        <source>Pass %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="253" />
        <source>%1 · point %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="259" />
        <source>%1 · last pass: pinch three, lift once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="264" />
        <source>Follow the numbers and the arrows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="281" />
        <source>Pause (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide_panel.py" line="286" />
        <source>Baby's view (M)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/infant_massage/ui/main_window.py" line="36" />
        <source>Infant Massage Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/main_window.py" line="84" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/main_window.py" line="85" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/main_window.py" line="90" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/main_window.py" line="91" />
        <source>&amp;Turn the baby over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/main_window.py" line="95" />
        <source>&amp;Skin tone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/main_window.py" line="96" />
        <source>Still &amp;diagrams instead of motion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/main_window.py" line="103" />
        <source>&amp;Full screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/main_window.py" line="109" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/main_window.py" line="110" />
        <source>&amp;Safety rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/main_window.py" line="114" />
        <source>&amp;About Infant Massage Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/main_window.py" line="120" />
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/main_window.py" line="121" />
        <source>Light medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/main_window.py" line="122" />
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/main_window.py" line="123" />
        <source>Medium deep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/main_window.py" line="124" />
        <source>Deep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/main_window.py" line="137" />
        <source>Not saving: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/main_window.py" line="140" />
        <source>Point at the baby to choose an area.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../src/infant_massage/ui/map_panel.py" line="28" />
        <source>Point at the baby to choose an area.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/map_panel.py" line="47" />
        <source>Turn over (T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/map_panel.py" line="49" />
        <source>Lying on the back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/map_panel.py" line="50" />
        <source>Show the baby lying on the tummy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/map_panel.py" line="53" />
        <source>Show the baby lying on the back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/map_panel.py" line="52" />
        <source>Lying on the tummy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <location filename="../../src/infant_massage/ui/safety_dialog.py" line="20" />
        <source>Safety rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/safety_dialog.py" line="23" />
        <source>Stop at once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/safety_dialog.py" line="24" />
        <source>Do not massage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/safety_dialog.py" line="25" />
        <source>Oil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/safety_dialog.py" line="26" />
        <source>Before you start</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/infant_massage/app/gui.py" line="26" />
        <source>Infant Massage Guide cannot start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/app/gui.py" line="27" />
        <source>The app's content could not be loaded:
%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TechniqueCard</name>
    <message>
        <location filename="../../src/infant_massage/ui/technique_card.py" line="57" />
        <source>Watch the hand move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/technique_card.py" line="64" />
        <source>Watch the animated guide for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/technique_card.py" line="71" />
        <source>{duration}, {repetitions}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/technique_card.py" line="76" />
        <source>Hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/technique_card.py" line="77" />
        <source>Pressure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/technique_card.py" line="78" />
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/technique_card.py" line="79" />
        <source>How long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/technique_card.py" line="82" />
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/technique_card.py" line="93" />
        <source>How to do it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/technique_card.py" line="105" />
        <source>Take care</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TechniquePanel</name>
    <message>
        <location filename="../../src/infant_massage/ui/technique_panel.py" line="79" />
        <source>Choose an area to massage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/technique_panel.py" line="83" />
        <source>Pick a part of the baby's body to see the techniques that suit it, with how to do each one, how firmly, in which direction and for how long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/technique_panel.py" line="91" />
        <source>Safety first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/technique_panel.py" line="95" />
        <source>All safety rules (F1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/technique_panel.py" line="105" />
        <source>Take care here</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/text_format.py" line="12" />
        <source>about %n second(s)</source>
        <translation>
            <numerusform>about %n second</numerusform>
            <numerusform>about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/text_format.py" line="13" />
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/text_format.py" line="17" />
        <source>From about %n year(s)</source>
        <translation>
            <numerusform>From about %n year</numerusform>
            <numerusform>From about %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/text_format.py" line="18" />
        <source>From about %n month(s)</source>
        <translation>
            <numerusform>From about %n month</numerusform>
            <numerusform>From about %n months</numerusform>
        </translation>
    </message>
</context>
</TS>