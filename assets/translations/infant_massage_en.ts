<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/infant_massage/ui/common/about_dialog.py" line="43" />
        <source>About Infant Massage Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/about_dialog.py" line="51" />
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/about_dialog.py" line="52" />
        <location filename="../../src/infant_massage/ui/common/about_dialog.py" line="127" />
        <source>Licences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/about_dialog.py" line="65" />
        <source>The app's icon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/about_dialog.py" line="68" />
        <source>Infant Massage Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/about_dialog.py" line="71" />
        <source>Version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/about_dialog.py" line="98" />
        <source>Learn gentle massage for your baby: pick an area, follow the hand, and stop whenever the baby has had enough. Everything stays on this computer; the app never uses the network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/about_dialog.py" line="107" />
        <source>Massage is for comfort and closeness. It does not replace advice from your midwife, health visitor or doctor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/about_dialog.py" line="115" />
        <source>Infant Massage Guide is free software under the MIT licence. It uses Qt and PySide6 under the GNU LGPL version 3: see Licences for the texts and where their source code comes from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/about_dialog.py" line="140" />
        <source>Infant Massage Guide: MIT licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/about_dialog.py" line="143" />
        <source>Qt and PySide6: GNU LGPL version 3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/about_dialog.py" line="144" />
        <source>GNU GPL version 3 (the LGPL builds on it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/about_dialog.py" line="147" />
        <source>Python and the Python packages inside the app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/about_dialog.py" line="168" />
        <source>Infant Massage Guide, its texts, illustrations and sounds are free software under the MIT licence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/about_dialog.py" line="173" />
        <source>It uses Qt %1 and PySide6 %4 (Qt for Python) by The Qt Company, under the GNU Lesser General Public License version 3. Their unmodified source code is available from %2 and %3, and from the Infant Massage Guide contributors on request. In the installable bundle they are separate libraries (in its PySide6 folder), which you may replace with your own build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/about_dialog.py" line="186" />
        <source>Python %1 (PSF licence) and the Python packages the app runs on, such as pydantic %2 and platformdirs (MIT licence), are inside the bundle too; their notices are the last text below.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AreaMinutesChart</name>
    <message>
        <location filename="../../src/infant_massage/ui/history/chart.py" line="147" />
        <source>Minutes per area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/chart.py" line="168" />
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/windows.py" line="54" />
        <source>Infant Massage Guide: wall</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BabyPosition</name>
    <message>
        <location filename="../../src/infant_massage/ui/common/baby_position.py" line="15" />
        <source>The baby lies on the back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/baby_position.py" line="16" />
        <source>The baby lies on the tummy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/baby_position.py" line="21" />
        <source>Turn the baby onto the back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/baby_position.py" line="22" />
        <source>Turn the baby onto the tummy.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/body_map/body_map_widget.py" line="288" />
        <source>%1, %n technique(s)</source>
        <translation>
            <numerusform>%1, %n technique</numerusform>
            <numerusform>%1, %n techniques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/body_map/body_map_widget.py" line="295" />
        <source>%n technique(s).</source>
        <translation>
            <numerusform>%n technique.</numerusform>
            <numerusform>%n techniques.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/body_map/body_map_widget.py" line="297" />
        <source>Crossed out: skipped today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/body_map/body_map_widget.py" line="299" />
        <source>Chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/body_map/body_map_widget.py" line="336" />
        <source>lying on the back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/body_map/body_map_widget.py" line="336" />
        <source>lying on the tummy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/body_map/body_map_widget.py" line="341" />
        <source>The arrow keys move between the body areas, Enter or Space chooses one, T turns the baby over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/body_map/body_map_widget.py" line="338" />
        <source>Body map, %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChoiceLabels</name>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="58" />
        <source>Crying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="59" />
        <source>Fussing or discomfort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="60" />
        <source>Skin reaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="61" />
        <source>Fell asleep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="62" />
        <source>Something else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="67" />
        <source>Calm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="68" />
        <source>Happy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="69" />
        <source>Sleepy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="70" />
        <source>Fussy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="75" />
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="76" />
        <source>Stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="77" />
        <source>Interrupted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="78" />
        <source>Running now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="83" />
        <source>Soft chimes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="84" />
        <source>Chimes and voice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="85" />
        <source>Silent (screen flashes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="89" />
        <source>Normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="89" />
        <source>Large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="89" />
        <source>Larger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="89" />
        <source>Largest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="94" />
        <source>As the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="95" />
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="103" />
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="96" />
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="97" />
        <source>High contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="104" />
        <source>Light medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="105" />
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="106" />
        <source>Medium deep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="107" />
        <source>Deep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/choice_labels.py" line="112" />
        <source>Sound: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClassControls</name>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/controls.py" line="27" />
        <source>Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/controls.py" line="33" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/controls.py" line="36" />
        <source>−0.1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/controls.py" line="38" />
        <source>+0.1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/controls.py" line="40" />
        <source>Slower</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/controls.py" line="43" />
        <source>Faster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/controls.py" line="52" />
        <source>High contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/controls.py" line="56" />
        <location filename="../../src/infant_massage/ui/class_mode/controls.py" line="156" />
        <source>Leave class mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/controls.py" line="62" />
        <source>Leaving class mode brings back the home screen with the babies' names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/controls.py" line="126" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/controls.py" line="134" />
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/controls.py" line="134" />
        <source>Go on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/controls.py" line="140" />
        <source>%1×</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/controls.py" line="144" />
        <source>Show the wall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/controls.py" line="144" />
        <source>Black out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/controls.py" line="149" />
        <source>Stop the round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/controls.py" line="149" />
        <source>Practice round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/controls.py" line="154" />
        <source>%1 again to leave</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClassHandout</name>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/handout.py" line="39" />
        <source>Infant massage class, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/handout.py" line="40" />
        <source>Today we learn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/handout.py" line="55" />
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/handout.py" line="64" />
        <source>Step %1 of %2: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/handout.py" line="85" />
        <source>Infant massage class: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClassKeys</name>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/keys.py" line="60" />
        <source>next step of the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/keys.py" line="67" />
        <source>previous step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/keys.py" line="74" />
        <source>black out the wall, and bring it back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/keys.py" line="37" />
        <source>%1 or %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/keys.py" line="80" />
        <source>pause or go on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/keys.py" line="86" />
        <source>a tenth of a second back (pauses)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/keys.py" line="92" />
        <source>a tenth of a second on (pauses)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/keys.py" line="98" />
        <source>slower (down to 0.25×)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/keys.py" line="104" />
        <source>faster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/keys.py" line="110" />
        <source>turn the picture round: as the class sees you, or the parent's view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/keys.py" line="118" />
        <source>high contrast on the wall, or not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/keys.py" line="124" />
        <source>start or stop a practice round with a countdown (doll practice)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/keys.py" line="132" />
        <source>stop a practice round; pressed twice, leave class mode</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClassModeWindows</name>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/launcher.py" line="186" />
        <source>The handout was not written: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/class_mode/launcher.py" line="193" />
        <source>Wrote the class handout (%n page(s)): %1, in the folder %2.</source>
        <translation>
            <numerusform>Wrote the class handout (%n page): %1, in the folder %2.</numerusform>
            <numerusform>Wrote the class handout (%n pages): %1, in the folder %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassPlanEditor</name>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_editor.py" line="30" />
        <source>Your own class plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_editor.py" line="43" />
        <source>Add this step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_editor.py" line="45" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_editor.py" line="47" />
        <source>Move up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_editor.py" line="49" />
        <source>Move down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_editor.py" line="60" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_editor.py" line="62" />
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_editor.py" line="64" />
        <source>Technique</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_editor.py" line="87" />
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_editor.py" line="99" />
        <source>A plan has at most %1 steps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_editor.py" line="130" />
        <source>Give the plan a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_editor.py" line="133" />
        <source>Add at least one step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_editor.py" line="138" />
        <source>The name must be one line of at most 60 characters.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClassPlanPicker</name>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_picker.py" line="55" />
        <source>Class plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_picker.py" line="57" />
        <source>Your own plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_picker.py" line="59" />
        <source>Save plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_picker.py" line="64" />
        <source>Handout (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_picker.py" line="64" />
        <source>Handout…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_picker.py" line="66" />
        <source>The plan's class handout, as a PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_picker.py" line="71" />
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_picker.py" line="92" />
        <source>The saved plans cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_picker.py" line="101" />
        <source>Saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_picker.py" line="105" />
        <source>Routine: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_picker.py" line="112" />
        <source>Area: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_picker.py" line="117" />
        <source>This plan: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_picker.py" line="142" />
        <source>Save the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_picker.py" line="143" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_picker.py" line="156" />
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_picker.py" line="162" />
        <source>Saved the plan “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_picker.py" line="165" />
        <source>The old plans file could not be read; it is kept as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/plan_picker.py" line="175" />
        <source>class-handout-%1.pdf</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClassStage</name>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/stage.py" line="97" />
        <source>Practice round on dolls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/stage.py" line="102" />
        <source>Round finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/stage.py" line="106" />
        <source>The wall is black (B to bring it back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/stage.py" line="159" />
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/stage.py" line="164" />
        <source>Step %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/stage.py" line="193" />
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/stage.py" line="195" />
        <source>%1× speed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <location filename="../../src/infant_massage/ui/session/cues.py" line="133" />
        <source>No sound device: flashes, not voice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/cues.py" line="134" />
        <source>No sound device: flashes, not chimes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GuideCaptions</name>
    <message>
        <location filename="../../src/infant_massage/ui/guide/captions.py" line="48" />
        <source>Done: well done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/captions.py" line="52" />
        <source>Follow the numbers and the arrows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/captions.py" line="61" />
        <source>Getting ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/captions.py" line="62" />
        <source>To finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/captions.py" line="65" />
        <location filename="../../src/infant_massage/ui/guide/captions.py" line="69" />
        <source>Stroke %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/captions.py" line="66" />
        <source>Circle %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/captions.py" line="67" />
        <source>Press %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/captions.py" line="68" />
        <source>Pass %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/captions.py" line="74" />
        <source>%1 · point %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/captions.py" line="77" />
        <source>%1 · last pass: pinch three, lift once</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <location filename="../../src/infant_massage/ui/guide/panel.py" line="92" />
        <source>Back to the areas (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/panel.py" line="107" />
        <location filename="../../src/infant_massage/ui/guide/panel.py" line="390" />
        <source>Play (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/panel.py" line="110" />
        <source>Restart (R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/panel.py" line="114" />
        <source>Speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/panel.py" line="117" />
        <source>%1× speed (+ −)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/panel.py" line="438" />
        <source>View: the class's, turned round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/panel.py" line="120" />
        <source>Loop (L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/panel.py" line="136" />
        <source>Show the path and key hand positions without motion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/panel.py" line="310" />
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/panel.py" line="337" />
        <source>How to do it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/panel.py" line="435" />
        <source>View: yours, at the baby's feet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/panel.py" line="125" />
        <source>View (V)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/panel.py" line="127" />
        <source>Turn the whole picture round, e.g. for a class facing you (V)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/panel.py" line="130" />
        <source>%1 (V)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/panel.py" line="135" />
        <source>Still diagram (D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/panel.py" line="390" />
        <source>Pause (Space)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../src/infant_massage/ui/guide/handout.py" line="38" />
        <source>The dotted line is the hand's path; follow the numbers and the arrows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/handout.py" line="44" />
        <source>Infant Massage Guide. Massage is for comfort and closeness; it does not replace advice from your midwife, health visitor or doctor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/handout.py" line="100" />
        <source>Safety first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/handout.py" line="115" />
        <source>Before you start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/handout.py" line="162" />
        <source>How to do it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/handout.py" line="169" />
        <source>Take care</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/guide/handout.py" line="235" />
        <source>Infant massage: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryChartsPage</name>
    <message>
        <location filename="../../src/infant_massage/ui/history/charts_page.py" line="48" />
        <source>How each area was tolerated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/charts_page.py" line="53" />
        <source>Sessions that reached each area, and how many were stopped there. Falling asleep is not counted as a stop. Doll practice is left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/charts_page.py" line="81" />
        <source>From %1 to %2. Doll practice is not counted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryDetail</name>
    <message>
        <location filename="../../src/infant_massage/ui/history/detail.py" line="53" />
        <source>A note for later (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/detail.py" line="58" />
        <source>Save note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/detail.py" line="60" />
        <source>Delete this session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/detail.py" line="66" />
        <source>Choose a session in the table to see it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/detail.py" line="78" />
        <source>Steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/detail.py" line="55" />
        <location filename="../../src/infant_massage/ui/history/detail.py" line="81" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/detail.py" line="113" />
        <source>%1, %2 at the time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/detail.py" line="116" />
        <source>Practice on a doll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/detail.py" line="122" />
        <source>%1 massaged of %2 planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/detail.py" line="128" />
        <source>Response: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/detail.py" line="168" />
        <source>%1 (during %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/detail.py" line="170" />
        <source>Interrupted: the app closed before the end. What was done is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/detail.py" line="182" />
        <source>skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/detail.py" line="185" />
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/detail.py" line="195" />
        <source>No steps were recorded.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <location filename="../../src/infant_massage/ui/history/filter_bar.py" line="27" />
        <location filename="../../src/infant_massage/ui/history/filter_bar.py" line="53" />
        <source>Baby</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/filter_bar.py" line="29" />
        <location filename="../../src/infant_massage/ui/history/filter_bar.py" line="55" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/filter_bar.py" line="31" />
        <source>All time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/filter_bar.py" line="32" />
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/filter_bar.py" line="33" />
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/filter_bar.py" line="34" />
        <source>Last 3 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/filter_bar.py" line="35" />
        <source>Last 12 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/filter_bar.py" line="36" />
        <source>Choose dates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/filter_bar.py" line="43" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/filter_bar.py" line="43" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/filter_bar.py" line="73" />
        <source>All babies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/filter_bar.py" line="77" />
        <source>%1 (demo)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/history/filter_bar.py" line="106" />
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../src/infant_massage/ui/history/panel.py" line="140" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/panel.py" line="142" />
        <source>Back (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/panel.py" line="144" />
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/panel.py" line="146" />
        <source>A table for spreadsheets (CSV)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/panel.py" line="147" />
        <source>A full backup (JSON)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/panel.py" line="151" />
        <source>Restore a backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/panel.py" line="176" />
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/panel.py" line="187" />
        <location filename="../../src/infant_massage/ui/history/panel.py" line="271" />
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/panel.py" line="272" />
        <source>Charts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/panel.py" line="411" />
        <source>No sessions here yet. After a session, it appears in this list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/panel.py" line="413" />
        <source>No sessions match. Choose another baby or period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/panel.py" line="416" />
        <source>Choose a session in the table to see it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/panel.py" line="453" />
        <source>The note could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/panel.py" line="456" />
        <source>Note saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/panel.py" line="467" />
        <source>Deleted the session of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/panel.py" line="479" />
        <source>That could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/panel.py" line="530" />
        <source>Export the history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/panel.py" line="532" />
        <source>CSV table (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/panel.py" line="532" />
        <location filename="../../src/infant_massage/ui/history/panel.py" line="556" />
        <source>JSON backup (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/panel.py" line="544" />
        <source>Nothing was exported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/panel.py" line="547" />
        <source>The export could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/history/panel.py" line="550" />
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>Exported %n session to %1.</numerusform>
            <numerusform>Exported %n sessions to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/panel.py" line="556" />
        <source>Restore a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/panel.py" line="566" />
        <source>A backup cannot be restored while the history is not being saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/panel.py" line="572" />
        <source>%1 was not restored: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/history/panel.py" line="575" />
        <source>Restored %n new session(s) from %1.</source>
        <translation>
            <numerusform>Restored %n new session from %1.</numerusform>
            <numerusform>Restored %n new sessions from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryStartDialog</name>
    <message>
        <location filename="../../src/infant_massage/ui/history/start_dialog.py" line="31" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/start_dialog.py" line="61" />
        <source>Show it in the history</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../src/infant_massage/ui/history/table_model.py" line="74" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/table_model.py" line="75" />
        <source>Baby</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/table_model.py" line="76" />
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/table_model.py" line="77" />
        <source>Areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/table_model.py" line="78" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/table_model.py" line="79" />
        <source>How it ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/table_model.py" line="80" />
        <source>Response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/table_model.py" line="81" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryWording</name>
    <message>
        <location filename="../../src/infant_massage/ui/history/wording.py" line="42" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/wording.py" line="54" />
        <location filename="../../src/infant_massage/ui/history/wording.py" line="56" />
        <source>Routine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/wording.py" line="56" />
        <source>Routine: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/wording.py" line="58" />
        <source>One area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/wording.py" line="62" />
        <source>Practice · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/wording.py" line="63" />
        <source>Practice on a doll · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/wording.py" line="68" />
        <source>Doll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/wording.py" line="68" />
        <source>No baby chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/wording.py" line="79" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/wording.py" line="114" />
        <source>The history file was damaged and no session in it could be read. A fresh history was started; the damaged copy is kept as %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/history/wording.py" line="121" />
        <source>The history file was damaged. %n session(s) could still be read and were recovered into a fresh history; the damaged copy is kept as %1.</source>
        <translation>
            <numerusform>The history file was damaged. %n session could still be read and were recovered into a fresh history; the damaged copy is kept as %1.</numerusform>
            <numerusform>The history file was damaged. %n sessions could still be read and were recovered into a fresh history; the damaged copy is kept as %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/wording.py" line="129" />
        <source>The history file is damaged, and another copy of the app has it open, so it was left as it is. This copy shows what it can read and saves nothing. Close the other copy, then start again to repair it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/wording.py" line="137" />
        <source>Part of the history file is damaged. Carry on as usual: the next start repairs it and keeps a copy of the old file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/wording.py" line="143" />
        <source>This history was written by a newer version of the app (history version %1). This version cannot read it: it leaves the file untouched and saves nothing this time. Please update the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/wording.py" line="151" />
        <source>The history file is another program's database, not a history of this app. It is left untouched and nothing is saved this time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/wording.py" line="156" />
        <source>The history could not be read (%1). Nothing is shown or saved this time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/wording.py" line="160" />
        <source>Not saving the history this time: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/wording.py" line="161" />
        <source>The last session is not saved yet: %1. It is kept until it can be.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/history/wording.py" line="167" />
        <source>%n session(s) in the history could not be read and are left out (they stay as they are in the file): %1</source>
        <translation>
            <numerusform>%n session in the history could not be read and are left out (they stay as they are in the file): %1</numerusform>
            <numerusform>%n sessions in the history could not be read and are left out (they stay as they are in the file): %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/wording.py" line="185" />
        <source>%4's session on %1 was interrupted after %2 (%3). It is kept in the history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/wording.py" line="189" />
        <source>A session on %1 was interrupted after %2 (%3). It is kept in the history.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/history/wording.py" line="199" />
        <source>%n more interrupted session(s) too.</source>
        <translation>
            <numerusform>%n more interrupted session too.</numerusform>
            <numerusform>%n more interrupted sessions too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../src/infant_massage/ui/home/home_page.py" line="56" />
        <source>History (H)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/infant_massage/ui/shell/main_window.py" line="73" />
        <source>Infant Massage Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/main_window.py" line="85" />
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/main_window.py" line="239" />
        <source>Not saving: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/main_window.py" line="82" />
        <source>Point at the baby to choose an area.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/main_window.py" line="129" />
        <source>History: the sessions, their notes and charts (Esc goes back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/main_window.py" line="132" />
        <source>Safety check before the session (Esc goes back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/main_window.py" line="134" />
        <source>Session: Space pauses, Esc stops at once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/main_window.py" line="329" />
        <source>The history is hidden in presentation mode (no personal data on screen).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/main_window.py" line="360" />
        <source>Finish or stop the session first.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/shell/main_window.py" line="384" />
        <source>For later, from about %n month(s): watch it now, massage it later.</source>
        <translation>
            <numerusform>For later, from about %n month: watch it now, massage it later.</numerusform>
            <numerusform>For later, from about %n months: watch it now, massage it later.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/main_window.py" line="430" />
        <source>Choose an area first, then make its handout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/main_window.py" line="436" />
        <source>Save the handout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/main_window.py" line="437" />
        <source>infant-massage-%1.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/main_window.py" line="438" />
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/main_window.py" line="448" />
        <source>Handout</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/shell/main_window.py" line="450" />
        <source>Saved the handout (%n page(s)).</source>
        <translation>
            <numerusform>Saved the handout (%n page).</numerusform>
            <numerusform>Saved the handout (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/actions.py" line="54" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/actions.py" line="55" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/actions.py" line="57" />
        <source>&amp;Skin tone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/actions.py" line="60" />
        <source>Text si&amp;ze</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/actions.py" line="62" />
        <source>T&amp;heme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/actions.py" line="63" />
        <source>&amp;Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/actions.py" line="64" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/actions.py" line="74" />
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/actions.py" line="82" />
        <source>&amp;Handout for this area (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/actions.py" line="89" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/actions.py" line="97" />
        <source>&amp;Turn the baby over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/actions.py" line="105" />
        <source>Still &amp;diagrams instead of motion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/actions.py" line="114" />
        <source>Bigger text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/actions.py" line="123" />
        <source>Smaller text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/actions.py" line="130" />
        <source>Normal text size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/actions.py" line="138" />
        <source>&amp;Full screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/actions.py" line="147" />
        <source>&amp;Class mode for a projector (nothing personal shown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/actions.py" line="157" />
        <source>&amp;Start a session…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/actions.py" line="164" />
        <source>&amp;History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/actions.py" line="172" />
        <source>&amp;Safety rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/actions.py" line="179" />
        <source>&amp;About Infant Massage Guide</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../src/infant_massage/ui/body_map/map_panel.py" line="29" />
        <source>Point at the baby to choose an area.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/body_map/map_panel.py" line="48" />
        <source>Start a session (S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/body_map/map_panel.py" line="78" />
        <source>Turn over (T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/body_map/map_panel.py" line="80" />
        <source>Lying on the back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/body_map/map_panel.py" line="81" />
        <source>Show the baby lying on the tummy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/body_map/map_panel.py" line="84" />
        <source>Show the baby lying on the back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/body_map/map_panel.py" line="83" />
        <source>Lying on the tummy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/presenter.py" line="48" />
        <source>Infant Massage Guide: class mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/presenter.py" line="51" />
        <source>On the wall now:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/presenter.py" line="61" />
        <source>Class mode: no baby's name, age, notes or history is shown on any screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/presenter.py" line="120" />
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/presenter.py" line="129" />
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/presenter.py" line="137" />
        <source>Next: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/presenter.py" line="139" />
        <source>Next: the end of the plan.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/dialog.py" line="52" />
        <source>Edit the baby</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/dialog.py" line="52" />
        <source>Add a baby</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/dialog.py" line="65" />
        <source>The baby's name or a nickname</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/dialog.py" line="68" />
        <source>Born early (before the due date)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/dialog.py" line="72" />
        <source> weeks early</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/dialog.py" line="73" />
        <source>Weeks born before the due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/dialog.py" line="75" />
        <source>40 weeks minus the weeks of pregnancy at birth, e.g. born at 32 weeks: 8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/dialog.py" line="81" />
        <source>The cord stump has healed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/dialog.py" line="93" />
        <source>Anything to remember (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/dialog.py" line="95" />
        <source>Demonstration profile for a class (no real baby)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/dialog.py" line="106" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/dialog.py" line="110" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/dialog.py" line="112" />
        <source>Delete this profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/dialog.py" line="120" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/dialog.py" line="131" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/dialog.py" line="132" />
        <source>Born on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/dialog.py" line="134" />
        <source>How early</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/dialog.py" line="137" />
        <source>Healed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/dialog.py" line="138" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/dialog.py" line="187" />
        <source>Please give a name (a nickname is fine).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/dialog.py" line="188" />
        <source>The notes are too long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/dialog.py" line="189" />
        <source>The cord cannot heal before the baby is born.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/dialog.py" line="191" />
        <source>%1 today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/profiles/dialog.py" line="206" />
        <source>Delete %1 and %n session(s) from the history? This cannot be undone; export a backup first to keep them.</source>
        <translation>
            <numerusform>Delete %1 and %n session from the history? This cannot be undone; export a backup first to keep them.</numerusform>
            <numerusform>Delete %1 and %n sessions from the history? This cannot be undone; export a backup first to keep them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/switcher.py" line="44" />
        <source>Baby</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/switcher.py" line="46" />
        <source>No baby profile yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/switcher.py" line="48" />
        <source>Add a baby</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/switcher.py" line="50" />
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/switcher.py" line="113" />
        <source>%1 · demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/switcher.py" line="151" />
        <source>Not deleted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/switcher.py" line="163" />
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <location filename="../../src/infant_massage/ui/common/safety_dialog.py" line="24" />
        <source>Safety rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/safety_dialog.py" line="27" />
        <source>Stop at once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/safety_dialog.py" line="28" />
        <source>Do not massage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/safety_dialog.py" line="29" />
        <source>Ask a professional first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/safety_dialog.py" line="30" />
        <source>Holding and touching safely</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/safety_dialog.py" line="31" />
        <source>Sleep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/safety_dialog.py" line="32" />
        <source>Oil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/safety_dialog.py" line="33" />
        <source>Before you start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/safety_dialog.py" line="40" />
        <source>Most important</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/common/safety_dialog.py" line="70" />
        <source>Source(s): %1</source>
        <translation>
            <numerusform>Source: %1</numerusform>
            <numerusform>Sources: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyQuestions</name>
    <message>
        <location filename="../../src/infant_massage/ui/session/safety_questions.py" line="95" />
        <source>Not given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/safety_questions.py" line="98" />
        <source>The baby's age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/safety_questions.py" line="100" />
        <source>weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/safety_questions.py" line="101" />
        <source>months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/safety_questions.py" line="113" />
        <source> weeks early</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/safety_questions.py" line="115" />
        <source>Weeks born before the due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/safety_questions.py" line="127" />
        <source>Not sure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/safety_questions.py" line="128" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/safety_questions.py" line="141" />
        <location filename="../../src/infant_massage/ui/session/safety_questions.py" line="158" />
        <source>How old is the baby?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/safety_questions.py" line="143" />
        <source>Was the baby born early (before 37 weeks)?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/safety_questions.py" line="144" />
        <source>Is the baby unwell or feverish today?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/safety_questions.py" line="146" />
        <source>A vaccination in the last %1 hours?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/safety_questions.py" line="149" />
        <source>Has the cord stump fallen off and the navel healed?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/safety_questions.py" line="151" />
        <location filename="../../src/infant_massage/ui/session/safety_questions.py" line="160" />
        <source>Minutes since the last feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/safety_questions.py" line="159" />
        <source>Age in weeks or months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/safety_questions.py" line="265" />
        <location filename="../../src/infant_massage/ui/session/safety_questions.py" line="274" />
        <source>From %1's profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/safety_questions.py" line="267" />
        <source>No baby profile is chosen: please give the age.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/session/safety_questions.py" line="279" />
        <source>A guess from the age only (%n day(s) old): the navel has usually healed by now. Please look and answer.</source>
        <translation>
            <numerusform>A guess from the age only (%n day old): the navel has usually healed by now. Please look and answer.</numerusform>
            <numerusform>A guess from the age only (%n days old): the navel has usually healed by now. Please look and answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/session/safety_questions.py" line="286" />
        <source>A guess from the age only (%n day(s) old): the navel may not have healed yet. Please look and answer.</source>
        <translation>
            <numerusform>A guess from the age only (%n day old): the navel may not have healed yet. Please look and answer.</numerusform>
            <numerusform>A guess from the age only (%n days old): the navel may not have healed yet. Please look and answer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionEndPage</name>
    <message>
        <location filename="../../src/infant_massage/ui/session/end_page.py" line="54" />
        <source>A note for later (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/end_page.py" line="56" />
        <source>A note for later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/end_page.py" line="58" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/end_page.py" line="62" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/end_page.py" line="68" />
        <source>Try saving again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/end_page.py" line="72" />
        <source>Skip this question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/end_page.py" line="80" />
        <source>Why did you stop?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/end_page.py" line="83" />
        <source>How did the baby respond?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/end_page.py" line="125" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/end_page.py" line="128" />
        <source>%1 Press %2 to choose it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/end_page.py" line="157" />
        <source>Session stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/end_page.py" line="158" />
        <source>Stopping when the baby has had enough is exactly right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/end_page.py" line="160" />
        <source>Session finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/end_page.py" line="161" />
        <source>Well done. Give the baby a cuddle and a rest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/end_page.py" line="213" />
        <source>Wash off any oil gently and leave the skin alone. If redness, a rash or swelling lasts or spreads, ask your health visitor, midwife or doctor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/end_page.py" line="217" />
        <source>Comfort the baby. Try again another day, at a calmer moment; if the crying seems unusual for your baby, ask your health visitor or doctor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/end_page.py" line="255" />
        <source>Time: %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/end_page.py" line="257" />
        <source>Areas: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <location filename="../../src/infant_massage/ui/session/flow.py" line="185" />
        <source>Not saved: the history cannot be written to (see the status bar).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/flow.py" line="191" />
        <source>Not saved yet: will be saved when there is space.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/flow.py" line="193" />
        <source>Not saved yet: will be saved as soon as the history can be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/flow.py" line="196" />
        <source>Doll practice: kept apart from the baby's history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/flow.py" line="197" />
        <source>Saved in the history on this computer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../../src/infant_massage/ui/session/page.py" line="136" />
        <source>Doll practice: not recorded as the baby's session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/page.py" line="161" />
        <source>Paused: press Space to go on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/page.py" line="172" />
        <location filename="../../src/infant_massage/ui/session/page.py" line="499" />
        <source>Pause
Space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/page.py" line="174" />
        <source>Back
B or ←</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/page.py" line="176" />
        <source>Next
N or →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/page.py" line="178" />
        <source>Stop (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/page.py" line="425" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/page.py" line="431" />
        <source>Now %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/page.py" line="435" />
        <source>This is the last step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/page.py" line="436" />
        <source>Then %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/page.py" line="443" />
        <source>Step %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/page.py" line="450" />
        <source>Next: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/page.py" line="452" />
        <source>Next: the end. Well done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/page.py" line="488" />
        <source>%1 of %2 done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/page.py" line="499" />
        <source>Go on
Space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/page.py" line="535" />
        <source>Finished. Well done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/page.py" line="535" />
        <source>The session has ended.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionSetupPage</name>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="72" />
        <source>Start the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="73" />
        <source>Practise on a doll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="74" />
        <source>Cancel (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="89" />
        <source>Before you start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="92" />
        <source>A few plain questions. Your answers change what the session offers today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="98" />
        <source>Ask a professional first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="104" />
        <source>Every time you massage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="108" />
        <source>Click any area with broken skin, a rash, redness or swelling (or reach it with the arrow keys and press Space): it will be skipped today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="113" />
        <source>Turn over (T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="123" />
        <source>What your answers change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="140" />
        <source>What to do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="152" />
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="203" />
        <source>Areas to skip today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="207" />
        <source>Broken skin, a rash, redness or swelling? Choose the areas to skip today:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="261" />
        <source>Only %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="334" />
        <source>Give the age and answer the yes/no questions to start. Until then nothing is assumed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="347" />
        <source>Born %1 weeks early: what is offered follows the corrected age, %n month(s) from the due date.</source>
        <translation>
            <numerusform>Born %1 weeks early: what is offered follows the corrected age, %n month from the due date.</numerusform>
            <numerusform>Born %1 weeks early: what is offered follows the corrected age, %n months from the due date.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="361" />
        <source>Born early: ask your health visitor, midwife or doctor before you start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="382" />
        <source>Not today: the baby is unwell. Hold and comfort the baby instead, and try again once they are well.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="447" />
        <source>All clear. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="390" />
        <source>Not yet: wait %1 more after the feed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="425" />
        <source>A newborn: only gentle stroking, up to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="435" />
        <source>A young baby: short, light sessions (up to %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="393" />
        <source>Not today: no area is left to massage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="372" />
        <source>Not sure when the baby last fed? Start only when the last feed was at least %1 ago.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="386" />
        <source>Not today: wait %1 hours after a vaccination.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="397" />
        <source>You can still practise the moves on a doll.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="402" />
        <source>%1 will be skipped today (sore skin).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="404" />
        <source>%1 is left out until the navel has healed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="406" />
        <source>%1 is left out today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="420" />
        <source>No oil: the baby is under about one month old.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/setup_page.py" line="442" />
        <source>That technique is left out today: choose a routine.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/infant_massage/ui/shell/settings_dialog.py" line="61" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/settings_dialog.py" line="66" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/settings_dialog.py" line="74" />
        <source>Text size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/settings_dialog.py" line="75" />
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/settings_dialog.py" line="76" />
        <source>Baby's skin tone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/settings_dialog.py" line="77" />
        <source>Parent's hands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/settings_dialog.py" line="78" />
        <source>Still diagrams instead of motion (D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/settings_dialog.py" line="83" />
        <source>Sources differ on how long to wait after a feed before a massage: from 30 minutes to an hour. The app suggests %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/settings_dialog.py" line="98" />
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/settings_dialog.py" line="102" />
        <source>Look</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/settings_dialog.py" line="67" />
        <source>Wait after a feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/settings_dialog.py" line="73" />
        <source>Sound during sessions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SingleScreenWindow</name>
    <message>
        <location filename="../../src/infant_massage/ui/class_mode/windows.py" line="75" />
        <source>Infant Massage Guide: class mode</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/infant_massage/app/gui.py" line="53" />
        <source>Infant Massage Guide cannot start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/app/gui.py" line="54" />
        <source>The app's content could not be loaded:
%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../src/infant_massage/ui/common/text_format.py" line="33" />
        <source>%1.  %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TechniqueCard</name>
    <message>
        <location filename="../../src/infant_massage/ui/home/technique_card.py" line="98" />
        <source>Watch the hand move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/home/technique_card.py" line="107" />
        <location filename="../../src/infant_massage/ui/home/technique_card.py" line="116" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/home/technique_card.py" line="110" />
        <source>Massage now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/home/technique_card.py" line="120" />
        <source>A timed session of this technique, after a short safety check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/home/technique_card.py" line="175" />
        <source>How to do it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/home/technique_card.py" line="185" />
        <source>Take care</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TechniquePanel</name>
    <message>
        <location filename="../../src/infant_massage/ui/home/technique_panel.py" line="161" />
        <source>Choose an area to massage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/home/technique_panel.py" line="165" />
        <source>Pick a part of the baby's body to see the techniques that suit it, with how to do each one, how firmly, in which direction and for how long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/home/technique_panel.py" line="173" />
        <source>Safety first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/home/technique_panel.py" line="175" />
        <source>All safety rules (F1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/home/technique_panel.py" line="198" />
        <source>Take care here, whatever the technique</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/home/technique_panel.py" line="211" />
        <source>For later, from about %n month(s). You can watch it now.</source>
        <translation>
            <numerusform>For later, from about %n month. You can watch it now.</numerusform>
            <numerusform>For later, from about %n months. You can watch it now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToleranceGrid</name>
    <message>
        <location filename="../../src/infant_massage/ui/history/tolerance.py" line="56" />
        <source>Whole span</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/tolerance.py" line="73" />
        <source>Not massaged</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/history/tolerance.py" line="75" />
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/tolerance.py" line="76" />
        <source>No stops</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/tolerance.py" line="78" />
        <source>%1 stopped of %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/history/tolerance.py" line="79" />
        <source>Stopped here %n time(s)</source>
        <translation>
            <numerusform>Stopped here %n time</numerusform>
            <numerusform>Stopped here %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedPrompt</name>
    <message>
        <location filename="../../src/infant_massage/ui/history/unsaved_prompt.py" line="21" />
        <source>Sessions not saved yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/history/unsaved_prompt.py" line="25" />
        <source>%n session(s) could not be written to the history yet (%1). Nothing is lost: what could not be written is kept in a small file beside the history and saved the next time the app starts.</source>
        <translation>
            <numerusform>%n session could not be written to the history yet (%1). Nothing is lost: what could not be written is kept in a small file beside the history and saved the next time the app starts.</numerusform>
            <numerusform>%n sessions could not be written to the history yet (%1). Nothing is lost: what could not be written is kept in a small file beside the history and saved the next time the app starts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/history/unsaved_prompt.py" line="33" />
        <source>%n session(s) could not be written to the history (%1) and will be lost if you quit now. Free some space, then try again.</source>
        <translation>
            <numerusform>%n session could not be written to the history (%1) and will be lost if you quit now. Free some space, then try again.</numerusform>
            <numerusform>%n sessions could not be written to the history (%1) and will be lost if you quit now. Free some space, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/unsaved_prompt.py" line="39" />
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/unsaved_prompt.py" line="41" />
        <source>Quit anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/unsaved_prompt.py" line="43" />
        <source>Don't quit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WeeklySessionsChart</name>
    <message>
        <location filename="../../src/infant_massage/ui/history/chart.py" line="114" />
        <source>Sessions per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/history/chart.py" line="120" />
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/common/text_format.py" line="40" />
        <source>about %n second(s)</source>
        <translation>
            <numerusform>about %n second</numerusform>
            <numerusform>about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/common/text_format.py" line="41" />
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/text_format.py" line="45" />
        <source>less than a minute</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/common/text_format.py" line="46" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/common/text_format.py" line="50" />
        <source>From about %n year(s)</source>
        <translation>
            <numerusform>From about %n year</numerusform>
            <numerusform>From about %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/common/text_format.py" line="51" />
        <source>From about %n month(s)</source>
        <translation>
            <numerusform>From about %n month</numerusform>
            <numerusform>From about %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <location filename="../../src/infant_massage/ui/session/safety_questions.py" line="42" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/safety_questions.py" line="43" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/session/safety_questions.py" line="57" />
        <source>The left and right arrow keys move between No and Yes; Space answers.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_AgeWording</name>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/profiles/age_text.py" line="19" />
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n day old</numerusform>
            <numerusform>%n days old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/profiles/age_text.py" line="21" />
        <source>%n week(s) old</source>
        <translation>
            <numerusform>%n week old</numerusform>
            <numerusform>%n weeks old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/profiles/age_text.py" line="24" />
        <source>%n month(s) old</source>
        <translation>
            <numerusform>%n month old</numerusform>
            <numerusform>%n months old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/profiles/age_text.py" line="25" />
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/profiles/age_text.py" line="30" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/profiles/age_text.py" line="32" />
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/infant_massage/ui/profiles/age_text.py" line="34" />
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/age_text.py" line="36" />
        <source>not yet at the due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/age_text.py" line="37" />
        <source>%1 from the due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/profiles/age_text.py" line="41" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_FactWords</name>
    <message>
        <location filename="../../src/infant_massage/ui/common/technique_facts.py" line="40" />
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/technique_facts.py" line="45" />
        <source>Hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/technique_facts.py" line="46" />
        <source>Pressure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/technique_facts.py" line="47" />
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/technique_facts.py" line="48" />
        <source>How long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/common/technique_facts.py" line="51" />
        <source>Age</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <location filename="../../src/infant_massage/ui/shell/main_menus.py" line="94" />
        <source>Baby</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/infant_massage/ui/shell/main_menus.py" line="95" />
        <source>Parent's hands</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>